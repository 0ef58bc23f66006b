import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { clearSessionCookie, setSessionCookie } from '../../platform/web/session-middleware.ts'
import { signInSource } from '../../platform/auth/sign-in-source.ts'
import { startSecondFactor } from '../mfa/index.ts'
import type { AuthService } from './auth.service.ts'
import { safeReturnTo, signInFormSchema, signInPageQuery } from './auth.schemas.ts'

const SIGN_IN = 'auth/views/sign-in.njk'

export function authRoutes(
  auth: AuthService,
  routes: RouteRegistry,
  secureCookies: boolean,
  /** The organisation's name on the single sign-on button, when it is configured. */
  ssoName?: string,
): Router {
  const router = Router()
  const pages = routes.pages(router)
  const signInPage = (returnTo: unknown) => ({ pageTitle: 'Sign in', returnTo: safeReturnTo(returnTo), ssoName })

  pages.get('/sign-in', { summary: 'Sign in', query: signInPageQuery, public: true }, ({ req, res, query }) => {
    if (req.user) return res.redirect('/')
    const expired = res.locals.sessionExpired || query.expired
    res.render(SIGN_IN, { ...signInPage(query.returnTo), values: {}, expired })
  })

  pages.post(
    '/sign-in',
    {
      summary: 'Sign in',
      body: signInFormSchema,
      public: true,
      form: { view: SIGN_IN, context: req => signInPage(req.body?.returnTo) },
    },
    async ({ req, res, body }) => {
      const started = await auth.signIn(body, req.correlationId, req.sessionToken, signInSource(req))
      if ('challenge' in started) return startSecondFactor(res, started, body.returnTo, secureCookies)
      setSessionCookie(res, started.token, secureCookies)
      res.redirect(303, body.returnTo)
    },
  )

  pages.post('/sign-out', { summary: 'Sign out', public: true }, async ({ req, res }) => {
    if (req.user && req.sessionToken)
      await auth.signOut(req.sessionToken, req.user, req.correlationId, req.clientCorrelationId)
    clearSessionCookie(res, secureCookies)
    res.redirect(303, '/signed-out')
  })

  pages.get('/signed-out', { summary: 'Signed out', public: true }, ({ res }) => {
    res.render('auth/views/signed-out.njk', { pageTitle: 'You have signed out' })
  })

  return router
}
