import { Router } from 'express'
import { STAFF_ROLES } from '../../platform/auth/current-user.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { mfaStatusResponse, recoveryCodesResponse, setUpCodeSchema, setUpResponse } from './mfa.schemas.ts'
import type { MfaService } from './mfa.service.ts'

/** The signed-in staff member's own second factor, for API clients (sign-in itself takes `code`). */
export function mfaApi(mfa: MfaService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'Multi-factor authentication')

  api.get(
    '/account/mfa',
    { summary: 'Whether you have a second factor', roles: STAFF_ROLES, response: { schema: mfaStatusResponse } },
    ({ ctx }) => mfa.status(ctx),
  )

  api.post(
    '/account/mfa/set-up',
    {
      summary: 'Start setting up an authenticator app: the secret, its otpauth:// address and a QR code (SVG)',
      roles: STAFF_ROLES,
      response: { schema: setUpResponse },
    },
    ({ ctx }) => mfa.beginSetUp(ctx.user, ctx.correlationId),
  )

  api.post(
    '/account/mfa/confirm',
    {
      summary: 'Finish set-up with a code from the app; answers the 10 recovery codes, shown only this once',
      roles: STAFF_ROLES,
      body: setUpCodeSchema,
      response: { schema: recoveryCodesResponse },
    },
    async ({ ctx, body }) => ({ recoveryCodes: await mfa.confirmSetUp(ctx.user, body.code, ctx.correlationId) }),
  )

  return router
}
