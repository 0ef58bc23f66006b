import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { PASSWORD } from '../../../test/support/fixture.ts'
import { PASSWORD_MESSAGES } from '../auth/index.ts'
import en from './locales/en.json' with { type: 'json' }

let app: TestApp
before(async () => {
  app = await startTestApp()
})
after(() => app.close())

const NEW_PASSWORD = 'walrus kettle orbit lantern'
const db = () => app.services.handle.db

async function signedIn(username: string, password = PASSWORD) {
  const client = new Client(app.baseUrl)
  await client.signIn(username, password)
  return client
}

const hashOf = async (username: string) =>
  (await db().selectFrom('app_user').select('password_hash').where('username', '=', username).executeTakeFirstOrThrow())
    .password_hash

const sessionsOf = async (username: string) =>
  (
    await db()
      .selectFrom('session')
      .innerJoin('app_user', 'app_user.id', 'session.user_id')
      .select('session.id_hash')
      .where('app_user.username', '=', username)
      .execute()
  ).length

const failuresOf = async (username: string) =>
  (
    await db()
      .selectFrom('sign_in_throttle')
      .select('failures')
      .where('username', '=', username.toLowerCase())
      .executeTakeFirst()
  )?.failures ?? 0

const auditOf = (correlationId: string | null) =>
  db()
    .selectFrom('audit_event')
    .select(['action', 'actor_username', 'details'])
    .where('correlation_id', '=', correlationId)
    .execute()

/** Posts the page's form with its anti-forgery token. */
async function postForm(client: Client, form: Record<string, string>) {
  const token = await client.formToken('/account/password')
  return client.request('POST', '/account/password', { form: { _csrf: token, ...form } })
}

const errorSummary = (html: string) =>
  [...html.matchAll(/<a href="#(\w+)">([^<]+)<\/a>/g)].map(([, field, text]) => [
    field,
    text!.replace(/&#39;|&rsquo;/g, '’'),
  ])

describe('changing your own password', () => {
  it('changes it on the page, ends every other session but this one, and the old password no longer works', async () => {
    const other = await signedIn('comB')
    const client = await signedIn('comB')
    const before = await hashOf('comB')
    const page = await client.get('/account/password')
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.match(html, /<title>Change your password/)
    assert.match(html, /autocomplete="current-password"/)

    const response = await postForm(client, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    })
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), '/account/password')
    assert.match(await (await client.get('/account/password')).text(), /Your password has been changed/)
    assert.equal((await client.json('GET', '/api/v1/me')).status, 200, 'this session stays signed in')
    assert.equal((await other.json('GET', '/api/v1/me')).status, 401, 'the other session has ended')
    assert.equal(await sessionsOf('comB'), 1)

    const stored = await hashOf('comB')
    assert.notEqual(stored, before)
    assert.match(stored, /^scrypt\$131072\$8\$1\$/, 'hashed with the usual parameters')
    const old = await new Client(app.baseUrl).json('POST', '/api/v1/sign-in', { username: 'comB', password: PASSWORD })
    assert.equal(old.status, 400, 'the old password no longer signs in')
    await signedIn('comB', NEW_PASSWORD)

    const events = await auditOf(response.headers.get('x-correlation-id'))
    assert.deepEqual(
      events.find(e => e.action === 'password.changed'),
      { action: 'password.changed', actor_username: 'comB', details: { endedSessions: 1 } },
    )
    const written = JSON.stringify(await db().selectFrom('audit_event').select('details').execute())
    for (const secret of [PASSWORD, NEW_PASSWORD, stored]) assert.ok(!written.includes(secret), 'no secret audited')
  })

  it('refuses a wrong current password, counts it as a failed sign-in, and writes nothing', async () => {
    const other = await signedIn('comC')
    const client = await signedIn('comC')
    const before = await hashOf('comC')
    const response = await postForm(client, {
      currentPassword: 'not my password at all',
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.deepEqual(errorSummary(html), [
      ['currentPassword', 'Your current password is not right: enter the password you signed in with'],
    ])
    assert.ok(!html.includes(NEW_PASSWORD) && !html.includes('not my password'), 'no password written back')
    assert.equal(await failuresOf('comC'), 1, 'counted against the username')
    assert.equal(await hashOf('comC'), before)
    assert.equal(await sessionsOf('comC'), 2)
    assert.equal((await other.json('GET', '/api/v1/me')).status, 200)
    const [failed] = await auditOf(response.headers.get('x-correlation-id'))
    assert.equal(failed?.action, 'sign-in.failed')
    assert.deepEqual(failed?.details, { check: 'current password' })

    // A locked username stays locked here too: the page cannot be used to keep guessing.
    await db()
      .updateTable('sign_in_throttle')
      .set({ locked_until: new Date(Date.now() + 60_000) })
      .where('username', '=', 'comc')
      .execute()
    const locked = await client.json('PUT', '/api/v1/account/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    })
    assert.equal(locked.status, 429)
    assert.equal(await hashOf('comC'), before)
  })

  it('lists every problem at once, in the create-user words, and checks nothing until they are put right', async () => {
    const client = await signedIn('comA2')
    const before = await hashOf('comA2')
    const blank = await postForm(client, { currentPassword: '', newPassword: '', confirmPassword: '' })
    assert.equal(blank.status, 400)
    assert.deepEqual(errorSummary(await blank.text()), [
      ['currentPassword', 'Enter your current password'],
      ['newPassword', 'Enter a new password'],
      ['confirmPassword', 'Enter your new password again'],
    ])
    const weak = await postForm(client, { currentPassword: 'wrong', newPassword: 'password1234', confirmPassword: 'x' })
    assert.deepEqual(errorSummary(await weak.text()), [
      ['newPassword', PASSWORD_MESSAGES.common],
      ['confirmPassword', 'The new passwords do not match: enter the same new password in both boxes'],
    ])
    const named = await postForm(client, {
      currentPassword: PASSWORD,
      newPassword: 'coma2 walrus kettle',
      confirmPassword: 'coma2 walrus kettle',
    })
    assert.deepEqual(errorSummary(await named.text()), [['newPassword', PASSWORD_MESSAGES.username]])
    assert.equal(await failuresOf('comA2'), 0, 'the current password was not checked, so not counted')
    assert.equal(await hashOf('comA2'), before)
  })

  it('answers the API with field errors, and changes the password there too', async () => {
    const client = await signedIn('pom2')
    const before = await hashOf('pom2')
    const bad = await client.json('PUT', '/api/v1/account/password', { newPassword: 'short', confirmPassword: 'other' })
    assert.equal(bad.status, 400)
    assert.deepEqual(
      bad.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
      [
        ['currentPassword', 'Enter your current password'],
        ['newPassword', PASSWORD_MESSAGES.tooShort],
        ['confirmPassword', 'The new passwords do not match: enter the same new password in both boxes'],
      ],
    )
    assert.equal(await hashOf('pom2'), before)
    const changed = await client.json('PUT', '/api/v1/account/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    })
    assert.equal(changed.status, 200)
    assert.deepEqual(changed.body, { endedSessions: 0 })
    assert.notEqual(await hashOf('pom2'), before)
  })

  it('is in Welsh for the person who chose it, and sends anyone signed out to sign in', async () => {
    await db().updateTable('app_user').set({ language: 'cy' }).where('username', '=', 'person').execute()
    const person = await signedIn('person')
    const html = await (await person.get('/account/password')).text()
    assert.match(html, /<h1 class="govuk-heading-l">Newid eich cyfrinair<\/h1>/)
    const refused = await postForm(person, { currentPassword: PASSWORD, newPassword: 'abc', confirmPassword: 'abc' })
    assert.match(await refused.text(), /Rhaid i gyfrinair fod o leiaf 12 nod o hyd/)

    const signedOut = await new Client(app.baseUrl).get('/account/password')
    assert.equal(signedOut.status, 302)
    assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in/)
    assert.equal((await new Client(app.baseUrl).json('PUT', '/api/v1/account/password', {})).status, 401)
  })

  it('says the password rules in the very words create-user gives', () => {
    assert.deepEqual(en.rules, PASSWORD_MESSAGES)
  })
})
