import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startTestProvider, type TestProvider } from '../../../test/support/oidc-provider.ts'
import { Client, serveApp, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { sha256 } from '../../platform/auth/tokens.ts'
import { SESSION_COOKIE } from '../../platform/web/session-middleware.ts'

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started here, driven over HTTP as a browser
 * would: the app's redirect to the provider, the provider's own redirects (it signs `account` in at once), and its
 * redirect back, which the test delivers to the app's callback. The provider knows Resettle by a registered redirect
 * address (`REDIRECT`); the test plays the browser that follows it.
 */

const REDIRECT = 'http://resettle.test/sso/callback'
const LINKED = 'idp-subject-of-comA'
const UNLINKED = 'idp-subject-nobody-linked'
const CLOSED = 'idp-subject-of-closed-account'
const LOGIN_COOKIE = 'resettle_sso'

let provider: TestProvider
let app: TestApp

const ssoEnv = (issuer: string, p: TestProvider) => ({
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: p.clientId,
  OIDC_CLIENT_SECRET: p.clientSecret,
  OIDC_REDIRECT_URI: REDIRECT,
  OIDC_DISPLAY_NAME: 'Test Probation Service',
})

before(async () => {
  provider = await startTestProvider({ redirectUri: REDIRECT })
  app = await startTestApp({ env: ssoEnv(provider.issuer, provider) })
  const { sso } = app.services
  await sso.link({ username: 'comA', subject: LINKED, by: 'test' })
  await sso.link({ username: 'comA2', subject: CLOSED, by: 'test' })
  await db().updateTable('app_user').set({ active: false }).where('username', '=', 'comA2').execute()
})
after(async () => {
  await app.close()
  await provider.close()
})

const db = () => app.services.handle.db

interface Journey {
  /** Changes the authorization request on its way to the provider, as an attacker in the middle might. */
  request?: (url: URL) => void
  /** Changes the provider's answer on its way back. */
  answer?: (url: URL) => unknown
}

/**
 * Presses "Sign in with …" on the sign-in page and follows every redirect through the provider back to the app's
 * callback; returns the callback's answer and the callback's address, for replaying.
 */
async function signInWithSso(browser: Client, account: string, journey: Journey = {}) {
  provider.account = account
  const csrf = await browser.formToken('/sign-in?returnTo=%2Fcaseload')
  const start = await browser.request('POST', '/sso/sign-in', { form: { _csrf: csrf, returnTo: '/caseload' } })
  assert.equal(start.status, 303, 'the sign-in is sent to the provider')
  let next = new URL(start.headers.get('location')!)
  assert.equal(next.origin, provider.origin)
  journey.request?.(next)
  const atProvider = new Client(provider.origin)
  for (let hop = 0; next.origin === provider.origin; hop++) {
    assert.ok(hop < 10, 'the provider sends the browser back within ten redirects')
    const answer = await atProvider.get(next.pathname + next.search)
    assert.ok([302, 303].includes(answer.status), `the provider redirects (${answer.status} at ${next.pathname})`)
    next = new URL(answer.headers.get('location')!, next)
  }
  assert.equal(next.origin + next.pathname, REDIRECT, 'the provider sends the browser back to Resettle')
  await journey.answer?.(next)
  const callback = next.pathname + next.search
  return { response: await browser.get(callback), callback }
}

async function auditOf(action: string) {
  return db().selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id', 'desc').execute()
}

async function refusalReason(response: Response) {
  const html = await response.text()
  return /data-reason="([^"]+)"/.exec(html)?.[1]
}

/** The problem the latest refusal recorded (openid-client's code and message). */
async function refusalProblem() {
  const [entry] = await auditOf('sign-in.sso.refused')
  return (entry?.details as { problem?: string }).problem ?? ''
}

describe('single sign-on with the organisation\u2019s provider', () => {
  it('offers "Sign in with" the organisation on the sign-in page, beside the username and password', async () => {
    const html = await (await new Client(app.baseUrl).get('/sign-in')).text()
    assert.match(html, /data-qa="sign-in-sso"[^>]*>\s*Sign in with Test Probation Service/)
    assert.match(html, /name="password"/)
  })

  it('signs in a linked identity with a brand-new session, goes where it was asked, and audits it', async () => {
    const browser = new Client(app.baseUrl)
    const { response } = await signInWithSso(browser, LINKED)
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), '/caseload')
    assert.ok(browser.cookie(SESSION_COOKIE), 'a session cookie is set')
    const me = await browser.json('GET', '/api/v1/me')
    assert.equal(me.status, 200)
    assert.equal(me.body.user.username, 'comA')
    const [entry] = await auditOf('sign-in.sso.succeeded')
    assert.equal(entry?.actor_username, 'comA')
    assert.deepEqual(JSON.parse(JSON.stringify(entry?.details)), { issuer: `${provider.issuer}/`, subject: LINKED })
    assert.equal(await db().selectFrom('sso_login').select('id_hash').executeTakeFirst(), undefined, 'taken once')
  })

  it('ends the local session on sign-out', async () => {
    const browser = new Client(app.baseUrl)
    await signInWithSso(browser, LINKED)
    const csrf = await browser.formToken('/caseload')
    const out = await browser.request('POST', '/sign-out', { form: { _csrf: csrf } })
    assert.equal(out.status, 303)
    assert.equal((await browser.json('GET', '/api/v1/me')).status, 401)
  })

  it('refuses an identity linked to no account, with a page giving its reference, and no session', async () => {
    const browser = new Client(app.baseUrl)
    const { response } = await signInWithSso(browser, UNLINKED)
    assert.equal(response.status, 403)
    const html = await response.text()
    assert.match(html, /Your Test Probation Service account is not linked to Resettle/)
    assert.match(html, new RegExp(`data-qa="sso-subject">${UNLINKED}<`))
    assert.doesNotMatch(html.match(/<title>[^<]*<\/title>/)![0], new RegExp(UNLINKED), 'nothing personal in the title')
    assert.equal(browser.cookie(SESSION_COOKIE), undefined)
    const [entry] = await auditOf('sign-in.sso.refused')
    assert.equal(entry?.outcome, 'denied')
    assert.equal((entry?.details as { reason: string }).reason, 'not-linked')
  })

  it('refuses an identity linked to a closed account', async () => {
    const { response } = await signInWithSso(new Client(app.baseUrl), CLOSED)
    assert.equal(response.status, 403)
    assert.equal(await refusalReason(response), 'account-closed')
  })

  it('links only staff accounts, one identity to one account', async () => {
    const { sso } = app.services
    await assert.rejects(sso.link({ username: 'person', subject: 'idp-subject-of-person', by: 'test' }), {
      message: 'Only staff accounts sign in with single sign-on',
    })
    await assert.rejects(sso.link({ username: 'managerA', subject: LINKED, by: 'test' }), {
      message: 'That identity is linked to another account',
    })
    await assert.rejects(sso.link({ username: 'comA', subject: 'another-subject', by: 'test' }), {
      message: 'comA is linked to another identity at that provider: unlink it first',
    })
    assert.deepEqual(await sso.link({ username: 'comA', subject: LINKED, by: 'test' }), {
      issuer: `${provider.issuer}/`,
      subject: LINKED,
    })
  })

  it('refuses an answer whose state is not the one sent (tampered on the way to the provider)', async () => {
    const browser = new Client(app.baseUrl)
    const { response } = await signInWithSso(browser, LINKED, { request: url => url.searchParams.set('state', 'x') })
    assert.equal(response.status, 400)
    assert.equal(await refusalReason(response), 'provider')
    assert.match(await refusalProblem(), /OAUTH_INVALID_RESPONSE .*"state"/)
    assert.equal(browser.cookie(SESSION_COOKIE), undefined)
  })

  it('refuses an ID token with a nonce other than the one sent', async () => {
    const browser = new Client(app.baseUrl)
    const { response } = await signInWithSso(browser, LINKED, { request: url => url.searchParams.set('nonce', 'n') })
    assert.equal(response.status, 400)
    assert.equal(await refusalReason(response), 'provider')
    assert.match(await refusalProblem(), /OAUTH_JWT_CLAIM_COMPARISON_FAILED .*"nonce"/)
    assert.equal(browser.cookie(SESSION_COOKIE), undefined)
  })

  it('refuses a code obtained without the PKCE verifier (challenge swapped on the way)', async () => {
    const swapped = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
    const { response } = await signInWithSso(new Client(app.baseUrl), LINKED, {
      request: url => url.searchParams.set('code_challenge', swapped),
    })
    assert.equal(response.status, 400)
    assert.equal(await refusalReason(response), 'provider')
    assert.match(await refusalProblem(), /invalid_grant/)
  })

  it('refuses an answer that names another issuer (a mix-up)', async () => {
    const { response } = await signInWithSso(new Client(app.baseUrl), LINKED, {
      answer: url => url.searchParams.set('iss', 'https://impostor.example'),
    })
    assert.equal(response.status, 400)
    assert.equal(await refusalReason(response), 'provider')
    assert.match(await refusalProblem(), /"iss"/)
  })

  it('refuses a callback replayed with the cookie of its sign-in, once used', async () => {
    const browser = new Client(app.baseUrl)
    let cookie = ''
    const { response, callback } = await signInWithSso(browser, LINKED, {
      answer: () => void (cookie = browser.cookie(LOGIN_COOKIE)!),
    })
    assert.equal(response.status, 303, 'the first callback signs in')
    assert.equal(browser.cookie(LOGIN_COOKIE), undefined, 'and clears the cookie')
    const replay = new Client(app.baseUrl)
    replay.setCookie(LOGIN_COOKIE, cookie)
    const answer = await replay.get(callback)
    assert.equal(answer.status, 400)
    assert.equal(await refusalReason(answer), 'no-sign-in')
    assert.equal(replay.cookie(SESSION_COOKIE), undefined)
  })

  it('refuses a callback brought by another browser (one that did not start the sign-in)', async () => {
    const other = new Client(app.baseUrl)
    const { response } = await signInWithSso(new Client(app.baseUrl), LINKED, {
      answer: async url => {
        const answer = await other.get(url.pathname + url.search)
        assert.equal(answer.status, 400)
        assert.equal(await refusalReason(answer), 'no-sign-in')
      },
    })
    assert.equal(response.status, 303, 'the browser that started it still finishes it')
    assert.equal(other.cookie(SESSION_COOKIE), undefined)
  })

  it('refuses a sign-in that took longer than ten minutes at the provider', async () => {
    const browser = new Client(app.baseUrl)
    const { response } = await signInWithSso(browser, LINKED, {
      answer: async () => {
        await db()
          .updateTable('sso_login')
          .set({ created_at: new Date(Date.now() - 11 * 60_000) })
          .where('id_hash', '=', sha256(browser.cookie(LOGIN_COOKIE)!))
          .execute()
      },
    })
    assert.equal(response.status, 400)
    assert.equal(await refusalReason(response), 'no-sign-in')
  })
})

describe('a provider that calls itself by another issuer', () => {
  let impostor: TestProvider
  let misled: Awaited<ReturnType<typeof serveApp>>

  before(async () => {
    // It answers discovery on its own address but names the real provider as its issuer.
    impostor = await startTestProvider({ redirectUri: REDIRECT, claimIssuer: provider.issuer })
    misled = await serveApp(
      { handle: app.services.handle, drop: async () => {} },
      { env: ssoEnv(impostor.origin, impostor) },
    )
  })
  after(async () => {
    await misled.close()
    await impostor.close()
  })

  it('is not used: the sign-in says single sign-on is not available, and nothing is sent to it', async () => {
    const browser = new Client(misled.baseUrl)
    const csrf = await browser.formToken('/sign-in')
    const start = await browser.request('POST', '/sso/sign-in', { form: { _csrf: csrf, returnTo: '/' } })
    assert.equal(start.status, 503)
    assert.match(await start.text(), /Sign-in with Test Probation Service is not available at the moment/)
    assert.equal(browser.cookie(LOGIN_COOKIE), undefined)
    const [entry] = await auditOf('sign-in.sso.unavailable')
    assert.match((entry?.details as { problem: string }).problem, /OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED/)
  })
})
