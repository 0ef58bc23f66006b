import { Router, type Request, type Response } from 'express'
import { parse, serialize } from 'cookie'
import { STAFF_ROLES } from '../../platform/auth/current-user.ts'
import { signInSource, type SignInSource } from '../../platform/auth/sign-in-source.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { cookieOptions, setSessionCookie } from '../../platform/web/session-middleware.ts'
import type { SecondFactorStep } from './mfa.rules.ts'
import { codeFormSchema, returnToQuery, setUpCodeSchema } from './mfa.schemas.ts'
import type { MfaService } from './mfa.service.ts'

const ACCOUNT = 'mfa/views/account.njk'
const SET_UP = 'mfa/views/set-up.njk'
const CODE = 'mfa/views/code.njk'
const RECOVERY_CODES = 'mfa/views/recovery-codes.njk'
const ACCOUNT_TITLE = 'Multi-factor authentication'

/** The cookie of a sign-in that waits for its second factor (its token is kept only as a hash). */
export const MFA_COOKIE = 'resettle_mfa'

/** How the sign-in finishes once the code is given: the auth feature's, which counts attempts and starts sessions. */
export interface SignInWithCode {
  signInWithCode(
    challenge: string,
    code: string,
    correlationId: string,
    previousToken?: string,
    from?: SignInSource,
  ): Promise<{ token: string; recoveryCodes?: string[] }>
}

interface Options {
  secureCookies: boolean
  /** Only same-site paths (the auth feature's rule). */
  safeReturnTo: (value: unknown) => string
}

/** After a right password: the waiting sign-in's cookie, and on to the code (or to set-up first). */
export function startSecondFactor(
  res: Response,
  pending: { challenge: string; step: SecondFactorStep },
  returnTo: string,
  secure: boolean,
) {
  res.append('Set-Cookie', serialize(MFA_COOKIE, pending.challenge, { ...cookieOptions(secure), maxAge: 600 }))
  const page = pending.step === 'set-up' ? '/sign-in/set-up' : '/sign-in/code'
  res.redirect(303, `${page}?returnTo=${encodeURIComponent(returnTo)}`)
}

const challengeOf = (req: Request) => parse(req.headers.cookie ?? '')[MFA_COOKIE]

/** The signed-in staff member's own second factor, and the steps of a sign-in that waits for one. */
export function mfaRoutes(mfa: MfaService, signIn: SignInWithCode, routes: RouteRegistry, options: Options): Router {
  const router = Router()
  const pages = routes.pages(router)
  const account = { pageTitle: ACCOUNT_TITLE, backLink: '/account/mfa' }

  pages.get('/account/mfa', { summary: ACCOUNT_TITLE, roles: STAFF_ROLES }, async ({ ctx, res }) => {
    res.render(ACCOUNT, { pageTitle: ACCOUNT_TITLE, status: await mfa.status(ctx) })
  })

  const accountSetUp = async (req: Request) => ({
    ...account,
    action: '/account/mfa/set-up',
    ...(await mfa.beginSetUp(req.user!, req.correlationId)),
  })

  pages.get(
    '/account/mfa/set-up',
    { summary: 'Set up multi-factor authentication', roles: STAFF_ROLES },
    async ({ req, res }) => {
      if ((await mfa.status({ user: req.user!, correlationId: req.correlationId })).enabled)
        return res.redirect('/account/mfa')
      res.render(SET_UP, { ...(await accountSetUp(req)), values: {} })
    },
  )

  pages.post(
    '/account/mfa/set-up',
    {
      summary: 'Set up multi-factor authentication',
      roles: STAFF_ROLES,
      body: setUpCodeSchema,
      form: { view: SET_UP, context: accountSetUp },
    },
    async ({ ctx, body, res }) => {
      const recoveryCodes = await mfa.confirmSetUp(ctx.user, body.code, ctx.correlationId)
      res.render(RECOVERY_CODES, { pageTitle: 'Your recovery codes', recoveryCodes, continueTo: '/account/mfa' })
    },
  )

  // The second step of signing in: public, but each page needs the waiting sign-in's cookie.
  const codePage = (req: Request) => ({
    pageTitle: 'Enter your code',
    returnTo: options.safeReturnTo(req.query.returnTo ?? req.body?.returnTo),
  })

  pages.get(
    '/sign-in/code',
    { summary: 'Sign in: the code', query: returnToQuery, public: true },
    async ({ req, res }) => {
      const pending = await mfa.challenge(challengeOf(req))
      if (!pending || pending.step !== 'code') return res.redirect('/sign-in')
      res.render(CODE, { ...codePage(req), values: {} })
    },
  )

  const finish = async (req: Request, res: Response, code: string) => {
    const challenge = challengeOf(req) ?? ''
    const done = await signIn.signInWithCode(challenge, code, req.correlationId, req.sessionToken, signInSource(req))
    setSessionCookie(res, done.token, options.secureCookies)
    res.append('Set-Cookie', serialize(MFA_COOKIE, '', { ...cookieOptions(options.secureCookies), maxAge: 0 }))
    return done
  }

  pages.post(
    '/sign-in/code',
    { summary: 'Sign in: the code', body: codeFormSchema, public: true, form: { view: CODE, context: codePage } },
    async ({ req, res, body }) => {
      if (!(await mfa.challenge(challengeOf(req)))) return res.redirect(303, '/sign-in')
      await finish(req, res, body.code)
      res.redirect(303, options.safeReturnTo(body.returnTo))
    },
  )

  const signInSetUp = async (req: Request) => {
    const pending = await mfa.challenge(challengeOf(req))
    return {
      pageTitle: 'Set up multi-factor authentication',
      action: '/sign-in/set-up',
      returnTo: options.safeReturnTo(req.query.returnTo ?? req.body?.returnTo),
      signingIn: true,
      ...(pending ? await mfa.beginSetUp({ id: pending.userId, username: pending.username }, req.correlationId) : {}),
    }
  }

  pages.get(
    '/sign-in/set-up',
    { summary: 'Sign in: set up multi-factor authentication', query: returnToQuery, public: true },
    async ({ req, res }) => {
      const pending = await mfa.challenge(challengeOf(req))
      if (!pending || pending.step !== 'set-up') return res.redirect('/sign-in')
      res.render(SET_UP, { ...(await signInSetUp(req)), values: {} })
    },
  )

  pages.post(
    '/sign-in/set-up',
    {
      summary: 'Sign in: set up multi-factor authentication',
      body: codeFormSchema,
      public: true,
      form: { view: SET_UP, context: signInSetUp },
    },
    async ({ req, res, body }) => {
      if (!(await mfa.challenge(challengeOf(req)))) return res.redirect(303, '/sign-in')
      const { recoveryCodes = [] } = await finish(req, res, body.code)
      res.render(RECOVERY_CODES, {
        pageTitle: 'Your recovery codes',
        recoveryCodes,
        continueTo: options.safeReturnTo(body.returnTo),
      })
    },
  )

  return router
}
