import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { clearSessionCookie, setSessionCookie } from '../../platform/web/session-middleware.ts'
import type { AuthService } from './auth.service.ts'

/** Only same-site paths: a returnTo that leaves Resettle would be an open redirect. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : '/'
}

export function authRoutes(auth: AuthService, secureCookies: boolean): Router {
  const router = Router()
  const signInPage = (req: Request) => ({
    pageTitle: 'Sign in',
    returnTo: safeReturnTo(req.body?.returnTo ?? req.query.returnTo),
  })

  router.get('/sign-in', (req, res) => {
    if (req.user) return res.redirect('/')
    const expired = res.locals.sessionExpired || req.query.expired === 'true'
    res.render('auth/views/sign-in.njk', { ...signInPage(req), values: {}, expired })
  })

  router.post('/sign-in', onInvalidRender('auth/views/sign-in.njk', signInPage), async (req, res) => {
    const { token } = await auth.signIn(req.body, req.correlationId, req.sessionToken)
    setSessionCookie(res, token, secureCookies)
    res.redirect(303, safeReturnTo(req.body.returnTo))
  })

  router.post('/sign-out', async (req, res) => {
    if (req.user && req.sessionToken) await auth.signOut(req.sessionToken, req.user, req.correlationId)
    clearSessionCookie(res, secureCookies)
    res.redirect(303, '/signed-out')
  })

  router.get('/signed-out', (_req, res) => {
    res.render('auth/views/signed-out.njk', { pageTitle: 'You have signed out' })
  })

  return router
}
