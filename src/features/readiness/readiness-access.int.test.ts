import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { metBody, readinessAudit, TODAY } from './readiness.test-support.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

const NOBODY = '00000000-0000-4000-8000-000000000000'
const signIn = (username: string) => new Client(app.baseUrl).signIn(username)

/**
 * Reading the checklist and writing an item of the fixture's person of comA (in HMP One, team A). The person is
 * told by the API that the checklist is not theirs; its pages are not there for them at all.
 */
const MATRIX: Record<string, { read: number; write: number; canEdit?: boolean; page?: number }> = {
  comA: { read: 200, write: 200, canEdit: true },
  comA2: { read: 200, write: 403, canEdit: false },
  managerA: { read: 200, write: 200, canEdit: true },
  pom1: { read: 200, write: 200, canEdit: true },
  comB: { read: 404, write: 404 },
  managerB: { read: 404, write: 404 },
  pom2: { read: 404, write: 404 },
  partner: { read: 404, write: 404 },
  admin: { read: 404, write: 404 },
  person: { read: 403, write: 403, page: 404 },
}

describe('who may read and write release readiness', () => {
  for (const [username, expected] of Object.entries(MATRIX)) {
    it(`${username}: checklist ${expected.read}, item write ${expected.write}, through the API and the pages`, async () => {
      const client = await signIn(username)
      const person = app.fixture.people.ofComA
      const read = await client.json('GET', `/api/v1/people/${person.id}/readiness`)
      assert.equal(read.status, expected.read)
      if (expected.canEdit !== undefined) assert.equal(read.body.canEdit, expected.canEdit)
      const page = await client.get(`/people/${person.id}/readiness`)
      assert.equal(page.status, expected.page ?? expected.read)
      const html = await page.text()
      if (expected.read !== 200) assert.ok(!html.includes(person.last_name), 'no name on a refusal')
      if (expected.read === 200) {
        assert.equal(
          html.includes(`/people/${person.id}/readiness/identity"`),
          expected.canEdit,
          'links only for writers',
        )
      }
      const write = await client.json('PUT', `/api/v1/people/${person.id}/readiness/items/bank-account`, {
        status: 'in-progress',
        bankName: 'Harbour Bank',
        version: (read.body?.readiness?.items?.[2]?.version as number | undefined) ?? 0,
      })
      assert.equal(write.status, expected.write, JSON.stringify(write.body))
      const form = await client.get(`/people/${person.id}/readiness/bank-account`)
      assert.equal(form.status, expected.page ?? expected.write)
    })
  }

  it('gives the same answer for a person who does not exist as for one out of reach', async () => {
    const comB = await signIn('comB')
    const missing = await comB.json('GET', `/api/v1/people/${NOBODY}/readiness`)
    const hidden = await comB.json('GET', `/api/v1/people/${app.fixture.people.ofComA.id}/readiness`)
    assert.equal(missing.status, 404)
    assert.deepEqual(hidden.body, missing.body)
    const unknownItem = await (
      await signIn('comA')
    ).json('PUT', `/api/v1/people/${app.fixture.people.ofComA.id}/readiness/items/pets`, {})
    assert.equal(unknownItem.status, 404)
  })

  it('shows a barred practitioner only the limited-access message', async () => {
    const comA2 = await signIn('comA2')
    const { status, body } = await comA2.json(
      'GET',
      `/api/v1/people/${app.fixture.people.restrictedToComA.id}/readiness`,
    )
    assert.equal(status, 403)
    assert.equal(body.detail, app.fixture.barredMessage)
    const page = await comA2.get(`/people/${app.fixture.people.restrictedToComA.id}/release-day`)
    assert.equal(page.status, 403)
    assert.ok(!(await page.text()).includes(app.fixture.people.restrictedToComA.last_name))
    const pdf = await comA2.get(`/people/${app.fixture.people.restrictedToComA.id}/release-day.pdf`)
    assert.equal(pdf.status, 403)
    assert.notEqual(pdf.headers.get('content-type'), 'application/pdf')
  })

  it('answers a malformed person id with 400 in the API and no page', async () => {
    const comA = await signIn('comA')
    const api = await comA.json('GET', '/api/v1/people/not-an-id/readiness')
    assert.equal(api.status, 400)
    assert.equal(api.body.errors[0].field, 'params.id')
    for (const path of [
      '/people/not-an-id/readiness',
      '/people/not-an-id/readiness/gp',
      '/people/not-an-id/release-day',
    ]) {
      assert.equal((await comA.get(path)).status, 404, path)
    }
  })

  it('refuses a body of another type, and text with a NUL or a lone surrogate, writing nothing', async () => {
    const comA = await signIn('comA')
    const path = `/api/v1/people/${app.fixture.people.ofComA.id}/readiness/items/gp`
    const xml = await comA.request('PUT', path, { headers: { 'content-type': 'application/xml' }, raw: '<gp/>' })
    assert.equal(xml.status, 415)
    for (const gpPractice of ['Quay\u0000Surgery', 'Quay \ud800Surgery']) {
      const refused = await comA.json('PUT', path, { status: 'in-progress', gpPractice, version: 0 })
      assert.equal(refused.status, 400, JSON.stringify(gpPractice))
      assert.equal(refused.body.errors[0].field, 'gpPractice')
    }
    const { body } = await comA.json('GET', `/api/v1/people/${app.fixture.people.ofComA.id}/readiness`)
    assert.equal(body.readiness.items.find((i: { key: string }) => i.key === 'gp').version, 0)
  })

  it('refuses everything to someone not signed in', async () => {
    const anonymous = new Client(app.baseUrl)
    const id = app.fixture.people.ofComA.id
    assert.equal((await anonymous.json('GET', `/api/v1/people/${id}/readiness`)).status, 401)
    assert.equal((await anonymous.json('GET', `/api/v1/people/${id}/readiness/release-day`)).status, 401)
    for (const path of [`/people/${id}/release-day`, `/people/${id}/release-day.pdf`]) {
      const page = await anonymous.get(path)
      assert.equal(page.status, 302)
      assert.match(page.headers.get('location') ?? '', /^\/sign-in\?returnTo=/)
    }
  })

  it('audits refusals: out of reach, and the person asking for the practitioners’ checklist', async () => {
    const id = app.fixture.people.ofComA.id
    await (await signIn('partner')).json('GET', `/api/v1/people/${id}/readiness`)
    await (await signIn('person')).json('GET', `/api/v1/people/${id}/readiness`)
    const denied = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'actor_username'])
      .where('outcome', '=', 'denied')
      .execute()
    assert.ok(denied.some(e => e.actor_username === 'partner' && e.action === 'person.access-refused'))
    assert.ok(denied.some(e => e.actor_username === 'person' && e.action === 'readiness.access-refused'))
  })
})

describe('the person’s own release-day plan', () => {
  it('is theirs to read, in plain words, through the page and the API, and audited', async () => {
    const own = app.fixture.people.ofComA
    const comA = await signIn('comA')
    const saved = await comA.json('PUT', `/api/v1/people/${own.id}/readiness/items/first-appointment`, {
      ...metBody('first-appointment', '2027-03-01'),
      appointmentTime: '2pm',
    })
    assert.equal(saved.status, 200, JSON.stringify(saved.body))

    const person = await signIn('person')
    const api = await person.json('GET', `/api/v1/people/${own.id}/readiness/release-day`)
    assert.equal(api.status, 200)
    assert.equal(api.body.forPerson, true)
    const meeting = api.body.plan.sections.find(
      (s: { heading: string }) => s.heading === 'Your first meeting with probation',
    )
    assert.equal(meeting.lines[0], 'Meet Staff comA on Monday 1 March 2027 at 2pm.')

    const page = await person.get(`/people/${own.id}/release-day`)
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.match(html, /Your plan for the day you leave prison/)
    assert.doesNotMatch(html, /Sections of this case/, 'no practitioners’ navigation for the person')
    assert.doesNotMatch(html, /data-qa="case-crn"/, 'no practitioners’ case header for the person')
    assert.doesNotMatch(html, /Plan earlier/, 'no practitioners’ warnings for the person')
    const pdf = await person.get(`/people/${own.id}/release-day.pdf`)
    assert.equal(pdf.headers.get('content-type'), 'application/pdf')
    const printed = await readPdf(new Uint8Array(await pdf.arrayBuffer()))
    assert.equal(printed.title, 'Your plan for the day you leave prison')
    assert.match(printed.text, /Meet Staff comA on Monday 1 March 2027 at 2pm\./)
    assert.match(printed.text, /What to bring/)
    const audit = await readinessAudit(app, own.id)
    assert.ok(audit.some(e => e.actor_username === 'person' && e.action === 'readiness.viewed'))
  })

  it('is shown to practitioners under the case header, with the readiness tab marked', async () => {
    const own = app.fixture.people.ofComA
    const html = await (await (await signIn('comA')).get(`/people/${own.id}/release-day`)).text()
    assert.match(html, /data-qa="case-crn"/)
    assert.match(html, /aria-current="page" href="[^"]+\/readiness" data-qa="case-section-readiness"/)
    assert.match(html, /data-qa="staff-only"/)
  })

  it('is nobody else’s: the person cannot read another’s plan', async () => {
    const person = await signIn('person')
    const other = await person.json('GET', `/api/v1/people/${app.fixture.people.ofComB.id}/readiness/release-day`)
    assert.equal(other.status, 404)
    assert.equal((await person.get(`/people/${app.fixture.people.ofComB.id}/release-day`)).status, 404)
  })

  it('is linked from the person’s home page, and readiness from a practitioner’s overview', async () => {
    const own = app.fixture.people.ofComA
    const home = await (await (await signIn('person')).get('/')).text()
    assert.match(home, new RegExp(`href="/people/${own.id}/release-day"`))
    const overview = await (await (await signIn('comA')).get(`/people/${own.id}`)).text()
    assert.match(overview, new RegExp(`href="/people/${own.id}/readiness"`))
  })
})
