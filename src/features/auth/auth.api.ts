import { Router } from 'express'
import { csrfTokenFor } from '../../platform/auth/tokens.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { clearSessionCookie, setSessionCookie } from '../../platform/web/session-middleware.ts'
import { csrfTokenResponse, meResponse, signInSchema } from './auth.schemas.ts'
import { signInSource } from '../../platform/auth/sign-in-source.ts'
import type { AuthService } from './auth.service.ts'

export function authApi(
  auth: AuthService,
  routes: RouteRegistry,
  options: { secret: string; secureCookies: boolean },
): Router {
  const router = Router()
  const api = routes.api(router, 'Sign in')

  api.post(
    '/sign-in',
    {
      summary:
        'Sign in: sets the session cookie and returns the token to send as X-CSRF-Token. An account with ' +
        'multi-factor authentication sends `code` too (a TOTP code or a recovery code): without it, or with a wrong ' +
        'one, the answer is 400 on `code` and the attempt counts towards the lock.',
      body: signInSchema,
      response: { schema: csrfTokenResponse },
      public: true,
    },
    async ({ req, res, body }) => {
      const started = await auth.signIn(body, req.correlationId, req.sessionToken, { ...signInSource(req), api: true })
      if ('challenge' in started) throw new Error('An API sign-in never waits for a second factor')
      const { token } = started
      setSessionCookie(res, token, options.secureCookies)
      return { csrfToken: csrfTokenFor(options.secret, token) }
    },
  )

  api.post('/sign-out', { summary: 'End the session on the server', response: 'empty' }, async ({ ctx, req, res }) => {
    await auth.signOut(req.sessionToken!, ctx.user, req.correlationId, req.clientCorrelationId)
    clearSessionCookie(res, options.secureCookies)
  })

  api.get('/me', { summary: 'Who is signed in', response: { schema: meResponse } }, ({ ctx, req }) => ({
    user: ctx.user,
    csrfToken: req.csrfToken,
  }))

  return router
}
