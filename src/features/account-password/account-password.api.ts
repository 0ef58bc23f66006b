import { Router } from 'express'
import { signInSource } from '../../platform/auth/sign-in-source.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { changePasswordFor, changePasswordSchema, passwordChangedResponse } from './account-password.schemas.ts'
import type { AccountPasswordService } from './account-password.service.ts'

export function accountPasswordApi(service: AccountPasswordService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'Your password')

  api.put(
    '/account/password',
    {
      summary: 'Change your password: the current one, and the new one twice; every other session of yours ends',
      body: changePasswordSchema,
      bodyFor: changePasswordFor,
      response: { schema: passwordChangedResponse },
    },
    ({ ctx, req, body }) => service.change(ctx, req.sessionToken!, body, signInSource(req)),
  )

  return router
}
