import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { TODAY, auditedActions, contact, handoverCounts, meeting } from './handover.test-support.ts'

let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  const usernames = ['comA', 'comA2', 'comB', 'managerA', 'pom1', 'pom2', 'partner', 'admin', 'person']
  for (const username of usernames) clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
})
after(() => app.close())

const as = (username: string) => clients.get(username)!

describe('who may see and record a handover', () => {
  for (const username of ['comB', 'pom2', 'partner', 'admin']) {
    it(`${username} gets the same answer as for nobody there, on every handover page and call, and nothing is written`, async () => {
      const client = as(username)
      const before = await handoverCounts(app)
      for (const path of ['/handover', '/handover/report']) {
        assert.equal((await client.json('GET', `/api/v1/people/${alpha}${path}`)).status, 404, `API ${path}`)
        assert.equal((await client.get(`/people/${alpha}${path}`)).status, 404, `page ${path}`)
      }
      assert.equal((await client.get(`/people/${alpha}/handover/meeting`)).status, 404)
      assert.equal((await client.get(`/people/${alpha}/handover/report.pdf`)).status, 404)
      assert.equal((await client.get(`/people/${alpha}/handover/contacts/new`)).status, 404)
      assert.equal(
        (await client.json('PUT', `/api/v1/people/${alpha}/handover/meeting`, meeting('2026-11-20'))).status,
        404,
      )
      assert.equal(
        (await client.json('POST', `/api/v1/people/${alpha}/handover/contacts`, contact('2026-11-20'))).status,
        404,
      )
      assert.deepEqual(await handoverCounts(app), before)
    })
  }

  it('lets a COM of the same team read the handover but not record it, and shows them no links to record', async () => {
    const comA2 = as('comA2')
    const before = await handoverCounts(app)
    const { status, body } = await comA2.json('GET', `/api/v1/people/${alpha}/handover`)
    assert.equal(status, 200)
    assert.equal(body.canRecord, false)
    const page = await (await comA2.get(`/people/${alpha}/handover`)).text()
    assert.doesNotMatch(page, /data-qa="record-meeting"|data-qa="add-contact"/)
    assert.match(page, /data-qa="view-report"/)
    assert.equal((await comA2.get(`/people/${alpha}/handover/report`)).status, 200)
    assert.equal((await comA2.get(`/people/${alpha}/handover/meeting`)).status, 403)
    const refused = await comA2.json('PUT', `/api/v1/people/${alpha}/handover/meeting`, meeting('2026-11-20'))
    assert.equal(refused.status, 403)
    assert.equal(refused.body.title, 'You can view this person but not change their record')
    assert.equal(
      (await comA2.json('POST', `/api/v1/people/${alpha}/handover/contacts`, contact('2026-11-20'))).status,
      403,
    )
    assert.deepEqual(await handoverCounts(app), before)
  })

  it('lets the POM, the COM and their manager record, and audits each with who did it', async () => {
    for (const [username, date] of [
      ['pom1', '2026-11-18'],
      ['comA', '2026-11-19'],
      ['managerA', '2026-11-20'],
    ] as const) {
      const added = await as(username).json('POST', `/api/v1/people/${alpha}/handover/contacts`, contact(date))
      assert.equal(added.status, 201, username)
    }
    const recorded = await as('pom1').json('PUT', `/api/v1/people/${alpha}/handover/meeting`, meeting('2026-11-20'))
    assert.equal(recorded.status, 200)
    const audit = (await auditedActions(app, alpha)).filter(a => /^handover\.(contact|meeting)/.test(a.action))
    assert.deepEqual(
      audit.map(a => [a.action, a.actor_username]),
      [
        ['handover.contact-added', 'pom1'],
        ['handover.contact-added', 'comA'],
        ['handover.contact-added', 'managerA'],
        ['handover.meeting-recorded', 'pom1'],
      ],
    )
  })

  it('lets the person read their own handover but not record it, and shows them none of the staff pages', async () => {
    const person = as('person')
    assert.equal((await person.json('GET', `/api/v1/people/${alpha}/handover`)).status, 200)
    for (const path of [
      '/handover',
      '/handover/meeting',
      '/handover/contacts/new',
      '/handover/report',
      '/handover/report.pdf',
    ]) {
      assert.equal((await person.get(`/people/${alpha}${path}`)).status, 404, path)
    }
    assert.equal(
      (await person.json('POST', `/api/v1/people/${alpha}/handover/contacts`, contact('2026-11-20'))).status,
      403,
    )
    assert.equal((await person.json('GET', `/api/v1/people/${app.fixture.people.ofComA2.id}/handover`)).status, 404)
  })

  it('shows a barred practitioner only the limited-access message', async () => {
    const { status, body } = await as('comA2').json(
      'GET',
      `/api/v1/people/${app.fixture.people.excludedForComA2.id}/handover`,
    )
    assert.equal(status, 403)
    assert.equal(body.detail, app.fixture.barredMessage)
  })

  it('answers a malformed person id with 400 in the API and 404 on the pages', async () => {
    const refused = await as('comA').json('GET', '/api/v1/people/not-a-person/handover')
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.errors, [
      { field: 'params.id', message: 'Use the id of the person, as Resettle gives it' },
    ])
    assert.equal((await as('comA').get('/people/not-a-person/handover')).status, 404)
    assert.equal((await as('comA').get('/people/not-a-person/handover/report')).status, 404)
  })

  it('refuses everything to someone not signed in', async () => {
    const anonymous = new Client(app.baseUrl)
    assert.equal((await anonymous.json('GET', `/api/v1/people/${alpha}/handover`)).status, 401)
    const page = await anonymous.get(`/people/${alpha}/handover`)
    assert.equal(page.status, 302)
    assert.match(page.headers.get('location') ?? '', /^\/sign-in\?returnTo=/)
  })

  it('audits every read, and every refusal with who was refused', async () => {
    await as('comA').json('GET', `/api/v1/people/${alpha}/handover`)
    await as('comA').json('GET', `/api/v1/people/${alpha}/handover/report`)
    await as('comA').get(`/people/${alpha}/handover/meeting`)
    await as('comA').get(`/people/${alpha}/handover/contacts/new`)
    const actions = (await auditedActions(app, alpha)).map(a => a.action)
    const reads = actions.filter(action => action.startsWith('handover.')).slice(-4)
    assert.deepEqual(reads, ['handover.viewed', 'handover.report-viewed', 'handover.viewed', 'handover.viewed'])
    // The report reads the person's needs too, and that read is audited by the needs feature.
    assert.ok(actions.includes('needs.viewed'), actions.join())
    const refusals = await app.services.handle.db
      .selectFrom('audit_event')
      .select('actor_username')
      .where('action', '=', 'person.access-refused')
      .where('outcome', '=', 'denied')
      .execute()
    const refused = new Set(refusals.map(r => r.actor_username))
    for (const username of ['comB', 'pom2', 'partner', 'admin', 'comA2']) assert.ok(refused.has(username), username)
  })
})
