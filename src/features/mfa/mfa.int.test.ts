import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { generate } from 'otplib'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { PASSWORD } from '../../../test/support/fixture.ts'
import { SESSION_COOKIE } from '../../platform/web/session-middleware.ts'
import { MFA_COOKIE } from './mfa.routes.ts'

// One app for the file: managers must have a second factor here; everyone else may choose one.
let app: TestApp
before(async () => {
  app = await startTestApp({ env: { MFA_REQUIRED_ROLES: 'manager' } })
})
after(() => app.close())

const WRONG_CODE = 'Enter the 6-digit code from your authenticator app, or one of your recovery codes'
const secrets = new Map<string, string>()
/** Each code of a user a step later than the last, as a phone shows them over time: a code is accepted once. */
const steps = new Map<string, number>()

function codeFor(username: string) {
  const step = steps.get(username) ?? -1
  steps.set(username, step + 1)
  return generate({ secret: secrets.get(username)!, epoch: Math.floor(Date.now() / 1000) + step * 30 })
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

async function postForm(client: Client, page: string, path: string, form: Record<string, string>) {
  const token = csrfOf(await (await client.get(page)).text())
  return client.request('POST', path, { form: { _csrf: token, ...form } })
}

function signInWithForm(client: Client, username: string, password = PASSWORD, returnTo = '/') {
  return postForm(client, '/sign-in', '/sign-in', { username, password, returnTo })
}

/** Sets up a second factor through the API; keeps the secret for the codes and answers the recovery codes. */
async function setUpByApi(username: string): Promise<string[]> {
  const client = await new Client(app.baseUrl).signIn(username)
  const begun = await client.json('POST', '/api/v1/account/mfa/set-up')
  assert.equal(begun.status, 200)
  secrets.set(username, begun.body.secret.replace(/\s/g, ''))
  const done = await client.json('POST', '/api/v1/account/mfa/confirm', { code: await codeFor(username) })
  assert.equal(done.status, 200)
  return done.body.recoveryCodes
}

async function auditActions(username: string) {
  const rows = await app.services.handle.db
    .selectFrom('audit_event')
    .select(['action', 'outcome'])
    .where('actor_username', '=', username)
    .orderBy('id')
    .execute()
  return rows.map(row => `${row.action}:${row.outcome}`)
}

describe('setting up multi-factor authentication on the account page', () => {
  it('shows a QR code and the key, refuses a wrong code, then shows ten recovery codes once', async () => {
    const client = new Client(app.baseUrl)
    assert.equal((await signInWithForm(client, 'comA')).status, 303)
    assert.match(await (await client.get('/account/mfa')).text(), /Off/)
    const page = await (await client.get('/account/mfa/set-up')).text()
    assert.match(page, /<svg[^>]*>/)
    const secret = /data-qa="secret">([A-Z2-7 ]+)</.exec(page)![1]!.replace(/\s/g, '')
    assert.equal(secret.length, 32)
    secrets.set('comA', secret)
    assert.match(await (await client.get('/account/mfa/set-up')).text(), new RegExp(secret.slice(0, 4)), 'same key')

    const wrong = await postForm(client, '/account/mfa/set-up', '/account/mfa/set-up', { code: '000000' })
    assert.equal(wrong.status, 400)
    const wrongHtml = await wrong.text()
    assert.match(wrongHtml, /govuk-error-summary/)
    assert.match(wrongHtml, /Enter the 6-digit code your authenticator app shows now/)
    assert.match(wrongHtml, /<svg/, 'the QR code is shown again with the error')

    const right = await postForm(client, '/account/mfa/set-up', '/account/mfa/set-up', { code: await codeFor('comA') })
    assert.equal(right.status, 200)
    const codes = [...(await right.text()).matchAll(/<li><code>([a-z2-9-]+)<\/code><\/li>/g)].map(m => m[1])
    assert.equal(codes.length, 10)
    assert.match(await (await client.get('/account/mfa')).text(), /On/)
    assert.equal((await client.get('/account/mfa/set-up')).status, 302, 'set up once: the page sends back')
    const stored = await app.services.handle.db
      .selectFrom('mfa_credential')
      .select('secret_encrypted')
      .where('user_id', '=', app.fixture.staff.comA!.id)
      .executeTakeFirstOrThrow()
    assert.ok(!stored.secret_encrypted.includes(secret), 'the secret is stored encrypted')
    const actions = await auditActions('comA')
    assert.ok(actions.includes('mfa.set-up-failed:failure') && actions.includes('mfa.set-up:success'), String(actions))
  })
})

describe('signing in with a second factor', () => {
  it('asks for the code after the password, grants nothing until then, and refuses a wrong one', async () => {
    const client = new Client(app.baseUrl)
    const password = await signInWithForm(client, 'comA', PASSWORD, '/caseload')
    assert.equal(password.status, 303)
    assert.equal(password.headers.get('location'), '/sign-in/code?returnTo=%2Fcaseload')
    assert.equal(client.cookie(SESSION_COOKIE), undefined, 'no session before the code')
    assert.ok(client.cookie(MFA_COOKIE))
    assert.match((await client.get('/caseload')).headers.get('location') ?? '', /^\/sign-in/)
    assert.equal((await client.json('GET', '/api/v1/me')).status, 401)

    const wrong = await postForm(client, '/sign-in/code', '/sign-in/code', { code: '123456', returnTo: '/caseload' })
    assert.equal(wrong.status, 400)
    assert.match(await wrong.text(), new RegExp(WRONG_CODE))
    const right = await postForm(client, '/sign-in/code', '/sign-in/code', {
      code: await codeFor('comA'),
      returnTo: '/caseload',
    })
    assert.equal(right.status, 303)
    assert.equal(right.headers.get('location'), '/caseload')
    assert.ok(client.cookie(SESSION_COOKIE))
    assert.equal(client.cookie(MFA_COOKIE), undefined)
    assert.equal((await client.get('/caseload')).status, 200)
  })

  it('refuses a code already used, even inside its 30 seconds', async () => {
    const first = new Client(app.baseUrl)
    await signInWithForm(first, 'comA')
    const code = await codeFor('comA')
    assert.equal((await postForm(first, '/sign-in/code', '/sign-in/code', { code })).status, 303)
    const second = new Client(app.baseUrl)
    await signInWithForm(second, 'comA')
    assert.equal((await postForm(second, '/sign-in/code', '/sign-in/code', { code })).status, 400)
  })

  it('accepts each recovery code once, instead of the app', async () => {
    const [recovery] = await setUpByApi('comB')
    const once = new Client(app.baseUrl)
    await signInWithForm(once, 'comB')
    const used = await postForm(once, '/sign-in/code', '/sign-in/code', { code: recovery!.toUpperCase() })
    assert.equal(used.status, 303)
    const again = new Client(app.baseUrl)
    await signInWithForm(again, 'comB')
    assert.equal((await postForm(again, '/sign-in/code', '/sign-in/code', { code: recovery! })).status, 400)
    assert.ok((await auditActions('comB')).includes('mfa.recovery-code-used:success'))
  })

  it('sends the code page back to sign-in when no sign-in waits for it', async () => {
    const client = new Client(app.baseUrl)
    assert.equal((await client.get('/sign-in/code')).headers.get('location'), '/sign-in')
    const token = await client.formToken('/sign-in')
    const posted = await client.request('POST', '/sign-in/code', { form: { _csrf: token, code: '123456' } })
    assert.equal(posted.status, 303)
    assert.equal(posted.headers.get('location'), '/sign-in')
  })

  it('locks the account after too many wrong codes, like wrong passwords', async () => {
    await setUpByApi('comC')
    const client = new Client(app.baseUrl)
    await signInWithForm(client, 'comC')
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push((await postForm(client, '/sign-in/code', '/sign-in/code', { code: '000000' })).status)
    assert.deepEqual(statuses, [400, 400, 400, 400, 429])
    // Locked: even the right password and code are refused now.
    const fresh = await new Client(app.baseUrl).json('POST', '/api/v1/sign-in', {
      username: 'comC',
      password: PASSWORD,
      code: await codeFor('comC'),
    })
    assert.equal(fresh.status, 429)
    assert.ok((await auditActions('comC')).includes('sign-in.locked:denied'))
  })
})

describe('signing in through the API with a second factor', () => {
  it('needs the code with the password: without it or with a wrong one, 400 on code', async () => {
    await setUpByApi('pom1')
    const client = new Client(app.baseUrl)
    const without = await client.json('POST', '/api/v1/sign-in', { username: 'pom1', password: PASSWORD })
    assert.equal(without.status, 400)
    assert.deepEqual(
      without.body.errors.map((e: { field: string }) => e.field),
      ['code'],
    )
    const wrong = await client.json('POST', '/api/v1/sign-in', { username: 'pom1', password: PASSWORD, code: '1' })
    assert.equal(wrong.status, 400)
    const right = await client.json('POST', '/api/v1/sign-in', {
      username: 'pom1',
      password: PASSWORD,
      code: await codeFor('pom1'),
    })
    assert.equal(right.status, 200)
    assert.ok(right.body.csrfToken)
  })
})

describe('roles that must have a second factor (MFA_REQUIRED_ROLES)', () => {
  it('set it up at their next sign-in before anything else, and then see their recovery codes', async () => {
    const client = new Client(app.baseUrl)
    const password = await signInWithForm(client, 'managerA', PASSWORD, '/caseload')
    assert.equal(password.headers.get('location'), '/sign-in/set-up?returnTo=%2Fcaseload')
    assert.equal(client.cookie(SESSION_COOKIE), undefined)
    const page = await (await client.get('/sign-in/set-up?returnTo=%2Fcaseload')).text()
    assert.match(page, /Your account must have a second step/)
    secrets.set('managerA', /data-qa="secret">([A-Z2-7 ]+)</.exec(page)![1]!.replace(/\s/g, ''))
    const wrong = await postForm(client, '/sign-in/set-up', '/sign-in/set-up', { code: '000000' })
    assert.equal(wrong.status, 400)
    const done = await postForm(client, '/sign-in/set-up', '/sign-in/set-up', {
      code: await codeFor('managerA'),
      returnTo: '/caseload',
    })
    assert.equal(done.status, 200)
    const html = await done.text()
    assert.equal([...html.matchAll(/<li><code>/g)].length, 10)
    assert.match(html, /href="\/caseload"/)
    assert.equal((await client.get('/caseload')).status, 200)
  })

  it('are refused an API sign-in until it is set up, with the reason', async () => {
    const answer = await new Client(app.baseUrl).json('POST', '/api/v1/sign-in', {
      username: 'managerB',
      password: PASSWORD,
    })
    assert.equal(answer.status, 403)
    assert.match(JSON.stringify(answer.body), /sign in on the web once to set it up/)
  })

  it('leave other roles free to sign in without one', async () => {
    assert.ok(await new Client(app.baseUrl).signIn('comA2'))
  })

  it('is offered to staff from the footer of every page, and never to the person', async () => {
    const staff = await new Client(app.baseUrl).signIn('partner')
    assert.match(await (await staff.get('/')).text(), /href="\/account\/mfa"/)
    const person = await new Client(app.baseUrl).signIn('person')
    assert.doesNotMatch(await (await person.get('/')).text(), /href="\/account\/mfa"/)
    assert.equal((await person.get('/account/mfa')).status, 404)
  })
})
