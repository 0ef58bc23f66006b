import { Router, type Response } from 'express'
import { parse, serialize } from 'cookie'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { cookieOptions, setSessionCookie } from '../../platform/web/session-middleware.ts'
import { LOGIN_MINUTES, type SsoService } from './sso.service.ts'
import { ssoCallbackQuery, ssoStartSchema } from './sso.schemas.ts'

/** Holds, between the redirect to the provider and its callback, the token that finds the sign-in under way. */
const LOGIN_COOKIE = 'resettle_sso'
const CALLBACK = '/sso/callback'

export function ssoRoutes(sso: SsoService, routes: RouteRegistry, secureCookies: boolean): Router {
  const router = Router()
  const pages = routes.pages(router)
  // Sent back on the provider's top-level redirect (SameSite=Lax allows that), and only to /sso.
  const loginCookie = (res: Response, value: string, maxAge: number) =>
    res.append('Set-Cookie', serialize(LOGIN_COOKIE, value, { ...cookieOptions(secureCookies), path: '/sso', maxAge }))

  pages.post(
    '/sso/sign-in',
    { summary: 'Sign in with the organisation\u2019s single sign-on', body: ssoStartSchema, public: true },
    async ({ req, res, body }) => {
      const start = await sso.begin(body.returnTo, req.correlationId)
      if (start.outcome === 'unavailable') return unavailable(res, req.correlationId)
      loginCookie(res, start.loginToken, LOGIN_MINUTES * 60)
      res.redirect(303, start.redirectTo)
    },
  )

  pages.get(
    CALLBACK,
    { summary: 'Back from the organisation\u2019s single sign-on', query: ssoCallbackQuery, public: true },
    async ({ req, res }) => {
      const completion = await sso.complete({
        query: new URL(req.originalUrl, 'http://callback').search,
        loginToken: parse(req.headers.cookie ?? '')[LOGIN_COOKIE],
        previousToken: req.sessionToken,
        correlationId: req.correlationId,
      })
      loginCookie(res, '', 0)
      if (completion.outcome === 'unavailable') return unavailable(res, req.correlationId)
      if (completion.outcome === 'signed-in') {
        setSessionCookie(res, completion.token, secureCookies)
        return res.redirect(303, completion.returnTo)
      }
      res.status(completion.reason === 'no-sign-in' || completion.reason === 'provider' ? 400 : 403)
      res.render('sso/views/refused.njk', {
        pageTitle: 'You could not sign in',
        reason: completion.reason,
        subject: completion.subject,
        displayName: sso.displayName,
      })
    },
  )

  function unavailable(res: Response, correlationId: string) {
    res.status(503).render('sso/views/unavailable.njk', {
      pageTitle: 'Single sign-on is not available',
      displayName: sso.displayName,
      correlationId,
    })
  }

  return router
}
