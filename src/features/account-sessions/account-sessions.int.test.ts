import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { PASSWORD } from '../../../test/support/fixture.ts'

let app: TestApp
before(async () => {
  app = await startTestApp()
})
after(() => app.close())

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'

/** Signs in through the API from a browser of the given kind. */
async function signedIn(username: string, userAgent: string) {
  const client = new Client(app.baseUrl)
  const response = await client.request('POST', '/api/v1/sign-in', {
    json: { username, password: PASSWORD },
    headers: { 'user-agent': userAgent },
  })
  assert.equal(response.status, 200)
  client.csrfToken = (await response.json()).csrfToken
  return client
}

function actions(correlationId: string | null) {
  return app.services.handle.db
    .selectFrom('audit_event')
    .select(['action', 'actor_username', 'details'])
    .where('correlation_id', '=', correlationId)
    .execute()
}

describe('your sessions', () => {
  it('lists your own live sessions, the one in use first, with browser, start and last use, and no secrets', async () => {
    const laptop = await signedIn('comB', FIREFOX)
    const phone = await signedIn('comB', SAFARI_IPHONE)
    await signedIn('comC', FIREFOX)
    const response = await laptop.request('GET', '/api/v1/account/sessions')
    const { sessions } = await response.json()
    assert.deepEqual(
      sessions.map((s: { device: string; current: boolean }) => [s.device, s.current]),
      [
        ['Firefox on Windows', true],
        ['Safari on iOS', false],
      ],
      'only comB’s two sessions, this one first',
    )
    for (const session of sessions) {
      assert.deepEqual(Object.keys(session).sort(), ['current', 'device', 'id', 'lastSeenAt', 'startedAt'])
      assert.ok(Date.now() - Date.parse(session.startedAt) < 60_000)
    }
    const stored = await app.services.handle.db.selectFrom('session').select('id_hash').execute()
    const body = JSON.stringify(sessions)
    assert.ok(!stored.some(s => body.includes(s.id_hash)), 'no hash of a token')
    assert.ok(!body.includes(phone.cookie('resettle_session')!), 'no token')
    const [viewed] = await actions(response.headers.get('x-correlation-id'))
    assert.deepEqual(viewed, { action: 'account-sessions.viewed', actor_username: 'comB', details: { sessions: 2 } })
  })

  it('ends another of your sessions through the API, which signs that browser out, and is audited', async () => {
    const laptop = await signedIn('pom1', FIREFOX)
    const phone = await signedIn('pom1', SAFARI_IPHONE)
    const { sessions } = (await laptop.json('GET', '/api/v1/account/sessions')).body
    const other = sessions.find((s: { current: boolean }) => !s.current)
    const ended = await laptop.request('POST', `/api/v1/account/sessions/${other.id}/end`)
    assert.equal(ended.status, 204)
    assert.equal((await phone.json('GET', '/api/v1/me')).status, 401, 'the phone is signed out')
    assert.equal((await laptop.json('GET', '/api/v1/me')).status, 200, 'the laptop is not')
    const [entry] = await actions(ended.headers.get('x-correlation-id'))
    assert.deepEqual(entry, {
      action: 'account-sessions.ended',
      actor_username: 'pom1',
      details: { sessionId: other.id },
    })
    assert.equal((await laptop.json('POST', `/api/v1/account/sessions/${other.id}/end`)).status, 404, 'already ended')

    const current = sessions.find((s: { current: boolean }) => s.current)
    const own = await laptop.json('POST', `/api/v1/account/sessions/${current.id}/end`)
    assert.equal(own.status, 409)
    assert.equal(own.body.title, 'This is the session you are using: sign out to end it')
    assert.equal((await laptop.json('GET', '/api/v1/me')).status, 200)
  })

  it('never ends or shows another user’s session', async () => {
    const mine = await signedIn('pom2', FIREFOX)
    const theirs = await signedIn('comA2', FIREFOX)
    const [their] = (await theirs.json('GET', '/api/v1/account/sessions')).body.sessions
    assert.equal((await mine.json('POST', `/api/v1/account/sessions/${their.id}/end`)).status, 404)
    assert.equal((await theirs.json('GET', '/api/v1/me')).status, 200)
    assert.equal((await mine.json('POST', '/api/v1/account/sessions/not-an-id/end')).status, 400)
    assert.equal((await new Client(app.baseUrl).json('GET', '/api/v1/account/sessions')).status, 401)
  })

  it('ends all your other sessions from the page, says so, and keeps this one', async () => {
    const browsers = [await signedIn('managerB', FIREFOX), await signedIn('managerB', SAFARI_IPHONE)]
    const client = await signedIn('managerB', FIREFOX)
    const page = await client.get('/account/sessions')
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.match(html, /<title>Your sessions - Resettle<\/title>/)
    assert.match(html, /<h1 class="govuk-heading-l">Your sessions<\/h1>/)
    assert.equal((html.match(/data-qa="session"/g) ?? []).length, 3)
    assert.equal((html.match(/data-qa="end-session"/g) ?? []).length, 2, 'no End button for this session')
    assert.match(html, /href="\/account\/sessions" data-qa="your-sessions"/, 'linked from the navigation')
    const csrf = /action="\/account\/sessions\/end-others">\s*<input type="hidden" name="_csrf" value="([^"]+)"/.exec(
      html,
    )?.[1]
    assert.ok(csrf)
    const ended = await client.request('POST', '/account/sessions/end-others', { form: { _csrf: csrf } })
    assert.equal(ended.status, 303)
    assert.equal(ended.headers.get('location'), '/account/sessions')
    const after = await (await client.get('/account/sessions')).text()
    assert.match(after, /All your other sessions have ended/)
    assert.match(after, /data-qa="no-other-sessions"/)
    for (const browser of browsers) assert.equal((await browser.json('GET', '/api/v1/me')).status, 401)
    const [entry] = await actions(ended.headers.get('x-correlation-id'))
    assert.deepEqual(entry?.details, { ended: 2 })
  })

  it('speaks Welsh to a person who chose it', async () => {
    await app.services.handle.db
      .updateTable('app_user')
      .set({ language: 'cy' })
      .where('username', '=', 'person')
      .execute()
    const person = await signedIn('person', FIREFOX)
    const html = await (await person.get('/account/sessions')).text()
    assert.match(html, /<h1 class="govuk-heading-l">Eich sesiynau<\/h1>/)
    assert.match(html, /Y sesiwn hon/)
  })
})
