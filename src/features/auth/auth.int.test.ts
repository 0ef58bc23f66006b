import assert from 'node:assert/strict'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { PASSWORD } from '../../../test/support/fixture.ts'
import { createApp } from '../../app.ts'
import { buildServices } from '../../composition.ts'
import { hashPassword } from '../../platform/auth/password.ts'
import { sha256 } from '../../platform/auth/tokens.ts'
import { loadConfig } from '../../platform/config/config.ts'
import { createLogger } from '../../platform/logging/logger.ts'
import { SESSION_COOKIE } from '../../platform/web/session-middleware.ts'

let app: TestApp
before(async () => {
  app = await startTestApp()
})
after(() => app.close())

const WRONG = 'Enter a correct username and password'
const LOCKED = 'Too many failed attempts. Wait 15 minutes, then try again.'
const EXPIRED_BANNER = 'You were signed out because you had not used Resettle for 30 minutes'

const db = () => app.services.handle.db

/** Signs in through the page, as a browser does: read the form's token, then post the form. */
async function signInWithForm(client: Client, username: string, password = PASSWORD, returnTo?: string) {
  const page = returnTo === undefined ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`
  const token = await client.formToken(page)
  assert.ok(token, 'the sign-in form has an anti-forgery token')
  const form: Record<string, string> = { _csrf: token, username, password }
  if (returnTo !== undefined) form.returnTo = returnTo
  return client.request('POST', '/sign-in', { form })
}

function attempt(username: string, password: string) {
  return new Client(app.baseUrl).json('POST', '/api/v1/sign-in', { username, password })
}

/** A client in another browser that holds only the given session cookie. */
function holding(token: string, baseUrl = app.baseUrl) {
  const client = new Client(baseUrl)
  client.setCookie(SESSION_COOKIE, token)
  return client
}

async function sessionRow(token: string) {
  return db().selectFrom('session').selectAll().where('id_hash', '=', sha256(token)).executeTakeFirst()
}

/** Moves a session's last use and start back in time, as if the user had walked away. */
async function age(
  token: string,
  { idleSeconds = 0, ageSeconds = idleSeconds }: { idleSeconds?: number; ageSeconds?: number },
) {
  await db()
    .updateTable('session')
    .set({
      last_seen_at: sql`now() - make_interval(secs => ${idleSeconds})`,
      created_at: sql`now() - make_interval(secs => ${ageSeconds})`,
    })
    .where('id_hash', '=', sha256(token))
    .execute()
}

describe('signing in through the page', () => {
  it('shows a form labelled Username and Password, with a Sign in button and an anti-forgery token', async () => {
    const client = new Client(app.baseUrl)
    const response = await client.get('/sign-in')
    assert.equal(response.status, 200)
    const html = await response.text()
    assert.match(html, /<label[^>]*for="username"[^>]*>\s*Username\s*<\/label>/)
    assert.match(html, /<label[^>]*for="password"[^>]*>\s*Password\s*<\/label>/)
    assert.match(html, /<button[^>]*>\s*Sign in\s*<\/button>/)
    assert.match(html, /<form method="post" action="\/sign-in"/)
    assert.match(html, /name="_csrf" value="[\w-]{20,}"/)
    assert.equal(client.cookie(SESSION_COOKIE), undefined, 'no session before signing in')
  })

  it('signs in with the form and goes back to the page that was asked for', async () => {
    const client = new Client(app.baseUrl)
    const asked = await client.get('/people?q=Alpha')
    assert.equal(asked.status, 302)
    const signInPage = asked.headers.get('location')!
    assert.equal(signInPage, `/sign-in?returnTo=${encodeURIComponent('/people?q=Alpha')}`)
    assert.match(await (await client.get(signInPage)).text(), /name="returnTo" value="\/people\?q=Alpha"/)

    const response = await signInWithForm(client, 'comA', PASSWORD, '/people?q=Alpha')
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), '/people?q=Alpha')
    assert.ok(client.cookie(SESSION_COOKIE))
    const people = await client.get('/people?q=Alpha')
    assert.equal(people.status, 200)
    assert.match(await people.text(), /Alpha/)
  })

  it('goes to the home page after signing in when no page was asked for', async () => {
    const response = await signInWithForm(new Client(app.baseUrl), 'comA')
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), '/')
  })

  for (const returnTo of [
    '//evil.example',
    'https://evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
  ]) {
    it(`never sends anyone off the site after signing in (returnTo=${JSON.stringify(returnTo)})`, async () => {
      const client = new Client(app.baseUrl)
      const page = await (await client.get(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`)).text()
      assert.match(page, /name="returnTo" value="\/"/)
      const response = await signInWithForm(client, 'comA', PASSWORD, returnTo)
      assert.equal(response.status, 303)
      assert.equal(response.headers.get('location'), '/')
    })
  }

  it('starts a new session at each sign-in and never takes on a token planted before it', async () => {
    const planted = 'planted-by-someone-else-0123456789abcdefghij'
    const client = new Client(app.baseUrl)
    client.setCookie(SESSION_COOKIE, planted)
    assert.equal((await signInWithForm(client, 'comA')).status, 303)
    const first = client.cookie(SESSION_COOKIE)!
    assert.ok(first && first !== planted, 'a fresh token replaces the planted one')
    assert.equal(await sessionRow(planted), undefined)
    assert.equal((await holding(planted).json('GET', '/api/v1/me')).status, 401, 'the planted token signs nobody in')

    client.csrfToken = (await client.json('GET', '/api/v1/me')).body.csrfToken
    await client.signIn('comA')
    const second = client.cookie(SESSION_COOKIE)!
    assert.notEqual(second, first, 'signing in again gives a new token')
    await signInWithForm(new Client(app.baseUrl), 'comA')
    const third = await new Client(app.baseUrl).signIn('comA')
    const tokens = new Set([planted, first, second, third.cookie(SESSION_COOKIE)])
    assert.equal(tokens.size, 4)

    // Only a hash of each token is kept, so that a copy of the table lets nobody in.
    const row = await sessionRow(second)
    assert.ok(row)
    assert.notEqual(row.id_hash, second)
    const stored = await db().selectFrom('session').select('id_hash').execute()
    assert.ok(!stored.some(s => s.id_hash === first || s.id_hash === second))
  })

  it('refuses a wrong password with 400 and the error on the username field, keeping the username but not the password', async () => {
    const client = new Client(app.baseUrl)
    const response = await signInWithForm(client, 'comB', 'not-the-password-9137')
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /There is a problem/)
    assert.match(html, new RegExp(`<a href="#username">${WRONG}</a>`))
    assert.match(html, new RegExp(`govuk-error-message[\\s\\S]*${WRONG}`))
    assert.match(html, /<title>Error: Sign in - Resettle<\/title>/)
    assert.match(html, /<input[^>]*id="username"[^>]*value="comB"/)
    assert.ok(!html.includes('not-the-password-9137'), 'the password is never sent back')
    assert.equal(client.cookie(SESSION_COOKIE), undefined)

    const api = await attempt('comB', 'not-the-password-9137')
    assert.equal(api.status, 400)
    assert.deepEqual(api.body, {
      status: 400,
      title: 'Check your input',
      errors: [{ field: 'username', message: WRONG }],
    })
    assert.equal(api.headers.getSetCookie().filter(c => c.startsWith(`${SESSION_COOKIE}=`)).length, 0)
  })

  it('asks for a username and a password that are missing', async () => {
    const api = await attempt('', '')
    assert.equal(api.status, 400)
    assert.deepEqual(api.body.errors, [
      { field: 'username', message: 'Enter your username' },
      { field: 'password', message: 'Enter your password' },
    ])
    const page = await signInWithForm(new Client(app.baseUrl), '', '')
    assert.equal(page.status, 400)
    const html = await page.text()
    assert.match(html, /<a href="#username">Enter your username<\/a>/)
    assert.match(html, /<a href="#password">Enter your password<\/a>/)
  })

  it('refuses a NUL in the username or password with field errors, not a crash', async () => {
    const nul = await attempt('\u0000', 'x')
    assert.equal(nul.status, 400)
    assert.deepEqual(
      nul.body.errors.map((e: { field: string }) => e.field),
      ['username'],
    )
    const inPassword = await attempt('comA', 'pass\u0000word')
    assert.equal(inPassword.status, 400)
    assert.deepEqual(
      inPassword.body.errors.map((e: { field: string }) => e.field),
      ['password'],
    )
    const page = await signInWithForm(new Client(app.baseUrl), 'com\u0000A', 'x')
    assert.equal(page.status, 400)
    assert.match(await page.text(), /<a href="#username">/)
  })

  it('gives an unknown username exactly the same answer as a wrong password', async () => {
    const wrong = await attempt('comC', 'not-the-password')
    const unknown = await attempt('nobody-by-this-name', 'not-the-password')
    assert.equal(unknown.status, wrong.status)
    assert.deepEqual(unknown.body, wrong.body)

    const strip = (html: string) => html.replace(/value="[^"]*"/g, '').replace(/nonce="[^"]*"/g, '')
    const wrongPage = await signInWithForm(new Client(app.baseUrl), 'comC', 'not-the-password')
    const unknownPage = await signInWithForm(new Client(app.baseUrl), 'nobody-by-this-name', 'not-the-password')
    assert.equal(unknownPage.status, wrongPage.status)
    assert.equal(strip(await unknownPage.text()), strip(await wrongPage.text()))
  })
  it('takes as long over an unknown username as over a wrong password, so that timing does not tell which exist', async () => {
    // The fixture's hashes are cheap; this user's is made with the service's own parameters, as the decoy is.
    await db()
      .insertInto('app_user')
      .values({
        username: 'full-cost',
        display_name: 'Full cost',
        role: 'admin',
        password_hash: await hashPassword(PASSWORD),
      })
      .execute()
    // Timed at the service, not over HTTP, so that the password check stands out from the noise of the request.
    const timed = async (username: string) => {
      const started = performance.now()
      await assert.rejects(
        app.services.auth.signIn({ username, password: 'not-the-password' }, 'timing-test'),
        /correct username/,
      )
      return performance.now() - started
    }
    const known = await timed('full-cost')
    const unknown = await timed('nobody-of-that-name')
    assert.ok(
      unknown > 0.4 * known,
      `unknown username ${unknown.toFixed(0)} ms against wrong password ${known.toFixed(0)} ms`,
    )
  })
})

describe('repeated failed sign-ins', () => {
  for (const username of ['pom1b', 'nobody-at-all']) {
    it(`locks ${username} after five failures in a row, and refuses even the right password while locked`, async () => {
      for (let i = 1; i <= 5; i++) {
        const failed = await attempt(username, `wrong-${i}`)
        assert.equal(failed.status, 400, `failure ${i} is an ordinary wrong answer`)
      }
      const locked = await attempt(username, PASSWORD)
      assert.equal(locked.status, 429)
      assert.deepEqual(locked.body, { status: 429, title: LOCKED })
      assert.equal(locked.headers.getSetCookie().filter(c => c.startsWith(`${SESSION_COOKIE}=`)).length, 0)
      assert.equal((await attempt(username.toUpperCase(), PASSWORD)).status, 429, 'the lock ignores letter case')

      const page = await signInWithForm(new Client(app.baseUrl), username, PASSWORD)
      assert.equal(page.status, 429)
      const html = await page.text()
      assert.match(html, /There is a problem/)
      assert.ok(html.includes(LOCKED))
    })
  }

  it('lets the user in again once the lock has run out', async () => {
    assert.equal((await attempt('pom1b', PASSWORD)).status, 429)
    await db()
      .updateTable('sign_in_throttle')
      .set({ locked_until: sql`now() - interval '1 second'` })
      .where('username', '=', 'pom1b')
      .execute()
    assert.equal((await attempt('pom1b', PASSWORD)).status, 200)
  })

  it('clears the count of failures when a sign-in succeeds', async () => {
    for (let i = 0; i < 4; i++) assert.equal((await attempt('managerB', 'wrong')).status, 400)
    assert.equal((await attempt('managerB', PASSWORD)).status, 200)
    const row = await db()
      .selectFrom('sign_in_throttle')
      .selectAll()
      .where('username', '=', 'managerb')
      .executeTakeFirst()
    assert.equal(row, undefined, 'nothing is left of the earlier failures')
    // Had the four failures been kept, the next one would be the fifth and lock the username.
    for (let i = 0; i < 4; i++) assert.equal((await attempt('managerB', 'wrong')).status, 400)
    assert.equal((await attempt('managerB', PASSWORD)).status, 200)
  })

  it('counts attempts sent all at once, so that a burst cannot get past the lock', async () => {
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt('partner', `burst-${i}`)))
    const statuses = burst.map(r => r.status).sort()
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 429, 429, 429, 429, 429], 'exactly five attempts are checked')
    assert.equal((await attempt('partner', PASSWORD)).status, 429)
  })
})

describe('signing out', () => {
  it('ends the session on the server through the API', async () => {
    const client = await new Client(app.baseUrl).signIn('comA2')
    const token = client.cookie(SESSION_COOKIE)!
    assert.equal((await holding(token).json('GET', '/api/v1/me')).status, 200)

    const response = await client.json('POST', '/api/v1/sign-out', {})
    assert.equal(response.status, 204)
    assert.ok(response.headers.getSetCookie().some(c => c.startsWith(`${SESSION_COOKIE}=;`) && /Max-Age=0/i.test(c)))
    assert.equal(await sessionRow(token), undefined, 'the session is gone from the database')

    // A copy of the old cookie, kept by someone else, no longer works.
    const copy = holding(token)
    assert.equal((await copy.json('GET', '/api/v1/me')).status, 401)
    const page = await holding(token).get('/people')
    assert.equal(page.status, 302)
    assert.match(page.headers.get('location')!, /^\/sign-in\?returnTo=%2Fpeople/)
  })

  it('ends the session on the server with the sign-out button on every page', async () => {
    const client = new Client(app.baseUrl)
    await signInWithForm(client, 'comA2')
    const token = client.cookie(SESSION_COOKIE)!
    const home = await (await client.get('/')).text()
    assert.match(home, /<form method="post" action="\/sign-out"/)
    const csrf = /action="\/sign-out"[\s\S]*?name="_csrf" value="([^"]+)"/.exec(home)?.[1]
    assert.ok(csrf)

    const response = await client.request('POST', '/sign-out', { form: { _csrf: csrf } })
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), '/signed-out')
    assert.equal(client.cookie(SESSION_COOKIE), undefined, 'the browser forgets the cookie')
    assert.match(await (await client.get('/signed-out')).text(), /You have signed out/)

    assert.equal(await sessionRow(token), undefined)
    assert.equal((await holding(token).json('GET', '/api/v1/me')).status, 401)
    assert.equal((await holding(token).get('/')).status, 302)
  })

  it('ends only the session signed out of, not the same user’s other sessions', async () => {
    const laptop = await new Client(app.baseUrl).signIn('comA2')
    const phone = await new Client(app.baseUrl).signIn('comA2')
    assert.equal((await laptop.json('POST', '/api/v1/sign-out', {})).status, 204)
    assert.equal((await phone.json('GET', '/api/v1/me')).status, 200)
  })
})

describe('session timeouts', () => {
  it('keeps a session used in the last 30 minutes, and counts idle time from the last use', async () => {
    const client = await new Client(app.baseUrl).signIn('comA')
    const token = client.cookie(SESSION_COOKIE)!
    await age(token, { idleSeconds: 29 * 60 })
    assert.equal((await client.json('GET', '/api/v1/me')).status, 200)
    const row = await sessionRow(token)
    assert.ok(row && Date.now() - row.last_seen_at.getTime() < 60_000, 'the request counts as use')
    await age(token, { idleSeconds: 29 * 60, ageSeconds: 60 * 60 })
    assert.equal((await client.get('/people')).status, 200)
  })

  it('writes the use of a session at most once a minute, so that busy users do not queue on it', async () => {
    const client = await new Client(app.baseUrl).signIn('comA')
    const token = client.cookie(SESSION_COOKIE)!
    await age(token, { idleSeconds: 20 })
    const before = (await sessionRow(token))!.last_seen_at.getTime()
    assert.equal((await client.json('GET', '/api/v1/me')).status, 200)
    assert.equal((await sessionRow(token))!.last_seen_at.getTime(), before, 'used 20 seconds ago: not written')
    await age(token, { idleSeconds: 90 })
    assert.equal((await client.json('GET', '/api/v1/me')).status, 200)
    assert.ok(Date.now() - (await sessionRow(token))!.last_seen_at.getTime() < 30_000, 'used 90 seconds ago: written')
  })

  it('treats a session idle for 30 minutes as signed out: 401 from the API', async () => {
    const client = await new Client(app.baseUrl).signIn('comA')
    const token = client.cookie(SESSION_COOKIE)!
    await age(token, { idleSeconds: 30 * 60 + 5 })
    const response = await client.json('GET', '/api/v1/me')
    assert.equal(response.status, 401)
    assert.deepEqual(response.body, { status: 401, title: 'Sign in to continue' })
    assert.ok(response.headers.getSetCookie().some(c => c.startsWith(`${SESSION_COOKIE}=;`) && /Max-Age=0/i.test(c)))
    assert.equal((await holding(token).json('GET', '/api/v1/people')).status, 401, 'the token stays dead')
  })

  it('treats a session idle for 30 minutes as signed out: pages go to sign-in and say why', async () => {
    const client = new Client(app.baseUrl)
    await signInWithForm(client, 'comA')
    await age(client.cookie(SESSION_COOKIE)!, { idleSeconds: 31 * 60 })
    const response = await client.get('/people')
    assert.equal(response.status, 302)
    const location = response.headers.get('location')!
    assert.match(location, /^\/sign-in\?returnTo=%2Fpeople/)
    assert.equal(client.cookie(SESSION_COOKIE), undefined, 'the dead cookie is cleared')
    const page = await client.get(location)
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.ok(html.includes(EXPIRED_BANNER), 'the sign-in page says the session ran out')
    assert.match(html, /name="returnTo" value="\/people"/)
    assert.ok(
      !(await (await new Client(app.baseUrl).get('/sign-in')).text()).includes(EXPIRED_BANNER),
      'not to everyone',
    )
  })

  it('ends every session 12 hours after sign-in, however recently it was used', async () => {
    const fresh = await new Client(app.baseUrl).signIn('comA')
    await age(fresh.cookie(SESSION_COOKIE)!, { idleSeconds: 0, ageSeconds: 12 * 3600 - 60 })
    assert.equal((await fresh.json('GET', '/api/v1/me')).status, 200, 'eleven hours and 59 minutes is still allowed')

    const api = await new Client(app.baseUrl).signIn('comA')
    await age(api.cookie(SESSION_COOKIE)!, { idleSeconds: 0, ageSeconds: 12 * 3600 + 60 })
    assert.equal((await api.json('GET', '/api/v1/me')).status, 401)

    const browser = new Client(app.baseUrl)
    await signInWithForm(browser, 'comA')
    await age(browser.cookie(SESSION_COOKIE)!, { idleSeconds: 0, ageSeconds: 12 * 3600 + 60 })
    const response = await browser.get('/')
    assert.equal(response.status, 302)
    const html = await (await browser.get(response.headers.get('location')!)).text()
    assert.ok(html.includes(EXPIRED_BANNER))
  })
})

describe('sessions in the database', () => {
  let second: Server
  let secondUrl: string
  before(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })
    const services = buildServices(app.services.handle, config, { signInDelayScale: 0.01 })
    const other = createApp(services, config, createLogger('silent'))
    second = await new Promise(resolve => {
      const server = other.listen(0, '127.0.0.1', () => resolve(server))
    })
    secondUrl = `http://127.0.0.1:${(second.address() as AddressInfo).port}`
  })
  after(() => new Promise(resolve => second.close(resolve)))

  it('lets another instance on the same database serve the session, and sign it out for all', async () => {
    const client = await new Client(app.baseUrl).signIn('managerA')
    const elsewhere = holding(client.cookie(SESSION_COOKIE)!, secondUrl)
    elsewhere.csrfToken = client.csrfToken
    const me = await elsewhere.json('GET', '/api/v1/me')
    assert.equal(me.status, 200)
    assert.equal(me.body.user.username, 'managerA')
    assert.equal(me.body.csrfToken, client.csrfToken, 'the anti-forgery token holds on every instance')
    assert.equal((await elsewhere.get('/people')).status, 200)

    assert.equal((await elsewhere.json('POST', '/api/v1/sign-out', {})).status, 204)
    assert.equal((await client.json('GET', '/api/v1/me')).status, 401, 'signed out on the first instance too')
  })
})

describe('signing in again while signed in', () => {
  it('ends the session the browser already held', async () => {
    const app = await startTestApp()
    try {
      const client = await new Client(app.baseUrl).signIn('comA')
      const first = client.cookie('resettle_session')!
      await client.signIn('comA')
      const stale = new Client(app.baseUrl)
      stale.setCookie('resettle_session', first)
      assert.equal((await stale.json('GET', '/api/v1/me')).status, 401)
      assert.equal((await client.json('GET', '/api/v1/me')).status, 200)
    } finally {
      await app.close()
    }
  })
})
