import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { PASSWORD } from '../../../test/support/fixture.ts'

let app: TestApp
before(async () => {
  app = await startTestApp()
})
after(() => app.close())

const FROM_NETWORK = 'Too many failed attempts from your network. Wait 15 minutes, then try again.'
const db = () => app.services.handle.db

/** A sign-in through the API from the given address (the app trusts one proxy's X-Forwarded-For). */
function attemptFrom(address: string, username: string, password: string) {
  const client = new Client(app.baseUrl)
  client.address = address
  return client.json('POST', '/api/v1/sign-in', { username, password })
}

// Fixture accounts have cheap hashes; four failures each stay under the lock of a username (five).
const SPRAYED = ['comA', 'comB', 'comC', 'managerA', 'pom1']
const SPRAYED_AGAIN = ['comA2', 'managerB', 'pom1b', 'pom2', 'partner']

describe('limits on sign-in by source address', () => {
  it('refuses a source after 20 failures in 15 minutes across usernames, with 429 and Retry-After, even the right password', async () => {
    const address = '198.51.100.20'
    for (const [n, username] of SPRAYED.flatMap(u => [u, u, u, u]).entries()) {
      const failed = await attemptFrom(address, username, `sprayed-${n}`)
      assert.equal(failed.status, 400, `failure ${n + 1} is an ordinary wrong answer`)
    }
    const refused = await attemptFrom(address, 'admin', PASSWORD)
    assert.equal(refused.status, 429)
    assert.deepEqual(refused.body, { status: 429, title: FROM_NETWORK })
    const retryAfter = Number(refused.headers.get('retry-after'))
    assert.ok(retryAfter > 14 * 60 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`)
    assert.equal(refused.headers.getSetCookie().filter(c => c.startsWith('resettle_session=')).length, 0)

    const page = new Client(app.baseUrl)
    page.address = address
    const token = await page.formToken('/sign-in')
    const form = await page.request('POST', '/sign-in', {
      form: { _csrf: token!, username: 'admin', password: PASSWORD },
    })
    assert.equal(form.status, 429)
    assert.ok(Number(form.headers.get('retry-after')) > 0)
    const html = await form.text()
    assert.match(html, /There is a problem/)
    assert.ok(html.includes(FROM_NETWORK))

    assert.equal(
      (await attemptFrom('198.51.100.21', 'admin', PASSWORD)).status,
      200,
      'another address is not held back',
    )
  })

  it('counts the addresses of one IPv6 /64 together', async () => {
    for (let n = 0; n < 20; n++) {
      const failed = await attemptFrom(`2001:db8:7:7::${(n + 1).toString(16)}`, SPRAYED_AGAIN[n % 5]!, `v6-${n}`)
      assert.equal(failed.status, 400)
    }
    assert.equal((await attemptFrom('2001:db8:7:7:ffff::1', 'admin', PASSWORD)).status, 429)
    assert.equal(
      (await attemptFrom('2001:db8:7:8::1', 'admin', PASSWORD)).status,
      200,
      'the next /64 is another source',
    )
  })

  it('does not count a successful sign-in against its source', async () => {
    const address = '198.51.100.30'
    for (let n = 0; n < 30; n++) assert.equal((await attemptFrom(address, 'partner', PASSWORD)).status, 200)
    const [row] = await db().selectFrom('sign_in_source_throttle').selectAll().where('source', '=', address).execute()
    assert.equal(row?.failures, 0)
  })

  it('keeps no throttle row for a username that names no account, but still locks it after five failures', async () => {
    const address = '198.51.100.40'
    for (let n = 0; n < 5; n++) assert.equal((await attemptFrom(address, 'made-up-name', `x-${n}`)).status, 400)
    assert.equal((await attemptFrom(address, 'made-up-name', 'x')).status, 429)
    const rows = await db().selectFrom('sign_in_throttle').select('username').execute()
    assert.ok(!rows.some(r => r.username === 'made-up-name'), 'no row for the made-up name')
    assert.ok(
      rows.some(r => r.username === 'coma'),
      'accounts keep theirs',
    )
  })
})
