import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf } from '../../platform/web/request-context.ts'
import { clearSessionCookie, requireSignIn, setSessionCookie } from '../../platform/web/session-middleware.ts'
import { csrfTokenFor } from '../../platform/auth/tokens.ts'
import { signInSchema } from './auth.schemas.ts'
import type { AuthService } from './auth.service.ts'

export function authApi(
  auth: AuthService,
  registry: ApiRegistry,
  options: { secret: string; secureCookies: boolean },
): Router {
  const router = Router()
  const api = registry.on(router)
  const tag = 'Sign in'

  api.post(
    '/sign-in',
    {
      summary: 'Sign in: sets the session cookie and returns the token to send as X-CSRF-Token',
      tag,
      body: signInSchema,
      public: true,
    },
    async (req, res) => {
      const { token } = await auth.signIn(req.body, req.correlationId, req.sessionToken)
      setSessionCookie(res, token, options.secureCookies)
      res.json({ csrfToken: csrfTokenFor(options.secret, token) })
    },
  )

  router.use('/sign-out', requireSignIn)
  api.post('/sign-out', { summary: 'End the session on the server', tag }, async (req, res) => {
    await auth.signOut(req.sessionToken!, contextOf(req).user, req.correlationId)
    clearSessionCookie(res, options.secureCookies)
    res.status(204).end()
  })

  router.use('/me', requireSignIn)
  api.get('/me', { summary: 'Who is signed in', tag }, (req, res) => {
    res.json({ user: contextOf(req).user, csrfToken: req.csrfToken })
  })

  return router
}
