import type { NextFunction, Request, Response } from 'express'
import { parse, serialize } from 'cookie'
import type { SessionStore } from '../auth/session-store.ts'
import { csrfTokenFor, newToken, tokensMatch } from '../auth/tokens.ts'
import { Forbidden, Unauthenticated } from '../errors/errors.ts'

/** The session cookie's name outside production (plain HTTP on localhost cannot set a `__Host-` cookie). */
export const SESSION_COOKIE = 'resettle_session'
const VISITOR_COOKIE = 'resettle_visitor'

/**
 * In production the cookies carry the `__Host-` prefix: a browser then takes them only when Secure, for Path=/ and
 * with no Domain, so that no other site under the same domain (nor a plain-HTTP page) can set or overwrite them.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE
}

function visitorCookieName(secure: boolean): string {
  return secure ? `__Host-${VISITOR_COOKIE}` : VISITOR_COOKIE
}
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

interface Options {
  sessions: SessionStore
  secret: string
  secureCookies: boolean
}

export function cookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' }
}

/** Finds the signed-in user, if any, and gives every form its anti-forgery token. */
export function sessionMiddleware({ sessions, secret, secureCookies }: Options) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const cookies = parse(req.headers.cookie ?? '')
    const sessionCookie = sessionCookieName(secureCookies)
    const visitorCookie = visitorCookieName(secureCookies)
    const token = cookies[sessionCookie]
    if (token) {
      const user = await sessions.resume(token)
      if (user) {
        req.user = user
        req.sessionToken = token
        res.locals.user = user
      } else {
        res.append('Set-Cookie', serialize(sessionCookie, '', { ...cookieOptions(secureCookies), maxAge: 0 }))
        res.locals.sessionExpired = true
      }
    }
    // Anonymous forms (sign-in, the public checker) are bound to a random visitor cookie instead.
    let binding = req.sessionToken
    if (!binding) {
      binding = cookies[visitorCookie] ?? newToken()
      if (!cookies[visitorCookie])
        res.append('Set-Cookie', serialize(visitorCookie, binding, cookieOptions(secureCookies)))
    }
    req.csrfToken = csrfTokenFor(secret, binding)
    res.locals.csrfToken = req.csrfToken
    next()
  }
}

/**
 * Refuses unsafe requests without the token. Forms send `_csrf`; API clients send `X-CSRF-Token`.
 * Anonymous JSON calls cannot be forged across sites (a browser will not send them without CORS).
 */
export function csrfProtection(req: Request, _res: Response, next: NextFunction) {
  if (!UNSAFE.has(req.method)) return next()
  const anonymousJson = !req.user && req.is('application/json')
  if (anonymousJson) return next()
  const sent = (req.body?._csrf as string | undefined) ?? req.get('x-csrf-token') ?? ''
  if (typeof sent === 'string' && tokensMatch(sent, req.csrfToken)) return next()
  next(new Forbidden('This form has expired or did not come from Resettle. Go back, reload the page and try again.'))
}

export function setSessionCookie(res: Response, token: string, secure: boolean) {
  res.append('Set-Cookie', serialize(sessionCookieName(secure), token, cookieOptions(secure)))
}

export function clearSessionCookie(res: Response, secure: boolean) {
  res.append('Set-Cookie', serialize(sessionCookieName(secure), '', { ...cookieOptions(secure), maxAge: 0 }))
}

/** Pages send people to sign in; the API answers 401. */
export function requireSignIn(req: Request, res: Response, next: NextFunction) {
  if (req.user) return next()
  if (req.path.startsWith('/api/') || req.baseUrl.startsWith('/api/')) return next(new Unauthenticated())
  const returnTo = req.method === 'GET' && req.originalUrl.startsWith('/') ? req.originalUrl : '/'
  // The expired cookie is cleared on this answer, so the sign-in page learns why from its address.
  const expired = res.locals.sessionExpired ? '&expired=true' : ''
  res.redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}${expired}`)
}
