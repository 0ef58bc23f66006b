import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { contact, meeting } from '../handover/handover.test-support.ts'
import { fortnightlyAttended } from '../supervision/supervision.test-support.ts'
import {
  TODAY,
  auditedActions,
  mainText,
  newCase,
  release,
  screenWithDrugsNeed,
} from '../release/release.test-support.ts'

let app: TestApp
const clients = new Map<string, Client>()
let journey: string
const as = (username: string) => clients.get(username)!

/** A person taken from arrival to release by their COM, with a moment from every feature. */
async function walkTheJourney(comA: Client) {
  const id = await newCase(app, comA, '2026-09-01')
  const api = (path: string) => `/api/v1/people/${id}${path}`
  await screenWithDrugsNeed(comA, id)
  const action = await comA.json('POST', api('/needs/actions'), {
    pathway: 'drugs-alcohol',
    description: 'Referral to the community drug service',
    owner: 'com',
    dueDate: TODAY,
  })
  assert.equal(action.status, 201, JSON.stringify(action.body))
  assert.equal((await comA.json('POST', api('/handover/contacts'), contact('2026-08-20'))).status, 201)
  const met = await comA.json('PUT', api('/handover/meeting'), meeting('2026-08-25', { attendees: ['com', 'person'] }))
  assert.equal(met.status, 200, JSON.stringify(met.body))
  const item = await comA.json('PUT', api('/readiness/items/accommodation'), {
    status: 'met',
    accommodationCategory: 'settled',
    address: '4 Mill Lane',
    version: 0,
  })
  assert.equal(item.status, 200, JSON.stringify(item.body))
  assert.equal((await comA.json('PUT', api('/release'), release('2026-09-01'))).status, 200)
  const followUp = await comA.json('PUT', api('/release/follow-ups/employment-6-weeks'), { employment: 'employed' })
  assert.equal(followUp.status, 200)
  return id
}

before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'comA2', 'comB', 'pom2', 'partner', 'admin', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
  journey = await walkTheJourney(as('comA'))
})
after(() => app.close())

type Event = { at: string; kind: string; title: string; by?: string }
const timelineOf = async (id: string, query = '', client = as('comA')) =>
  client.json('GET', `/api/v1/people/${id}/timeline${query}`)

describe('a person’s timeline', () => {
  it('shows a moment from every feature, newest first', async () => {
    const { status, body } = await timelineOf(journey)
    assert.equal(status, 200)
    const events: Event[] = body.events
    const kinds = new Set(events.map(e => e.kind))
    for (const kind of ['custody', 'allocation', 'needs', 'action', 'handover', 'readiness', 'release', 'follow-up'])
      assert.ok(kinds.has(kind), `${kind} in ${[...kinds].join()}`)
    const at = events.map(e => e.at)
    assert.deepEqual(at, [...at].sort().reverse())
    const titles = events.map(e => e.title)
    const order = ['Released from custody', 'Handover meeting', 'Arrived in custody']
    assert.deepEqual(
      order.map(t => titles.indexOf(t)),
      order.map(t => titles.indexOf(t)).sort((a, b) => a - b),
    )
    assert.ok(titles.includes('Community offender manager: Staff comA'))
    assert.ok(titles.includes('Ready for release: accommodation for the first night'))
    assert.ok(titles.includes('Handover date: the community offender manager takes responsibility'))
    assert.equal(events.find(e => e.kind === 'needs')?.by, 'Staff comA')
  })

  it('filters by kind from the address, and refuses a kind that is not in the list', async () => {
    const { body } = await timelineOf(journey, '?kind=handover')
    assert.deepEqual(
      body.events.map((e: Event) => [e.at, e.title]),
      [
        ['2026-08-25', 'Handover meeting'],
        ['2026-08-20', 'Contact with the community offender manager: visit'],
      ],
    )
    assert.equal(body.kind, 'handover')
    const wrong = await timelineOf(journey, '?kind=gossip')
    assert.equal(wrong.status, 400)
    assert.deepEqual(wrong.body.errors, [{ field: 'query.kind', message: 'Select a kind from the list' }])
  })

  it('renders the MoJ timeline with the filter kept in the form, and the whole timeline for a wrong kind', async () => {
    const html = await (await as('comA').get(`/people/${journey}/timeline?kind=release`)).text()
    assert.match(html, /class="moj-timeline"/)
    assert.match(html, /aria-current="page" href="[^"]+\/timeline" data-qa="case-section-timeline"/)
    assert.match(html, /<option value="release" selected>/)
    assert.match(mainText(html), /Released from custody .*1 September 2026 .*First night: Settled accommodation/)
    assert.doesNotMatch(html, /data-qa="event-handover"/)
    const wrong = await as('comA').get(`/people/${journey}/timeline?kind=gossip`)
    assert.equal(wrong.status, 400)
    const page = await wrong.text()
    assert.match(page, /govuk-error-summary/)
    assert.match(page, /href="#kind">Select a kind from the list</)
    assert.match(page, /data-qa="event-handover"/)
    const empty = await (await as('comA').get(`/people/${app.fixture.people.ofComA2.id}/timeline?kind=release`)).text()
    assert.match(empty, /data-qa="no-events"/)
  })

  it('shows 50 moments a page, newest first, with links to older and newer pages that keep the filter', async () => {
    const id = await newCase(app, as('comA'), '2026-09-01')
    const comA = app.fixture.staff.comA!.id
    // Two years of fortnightly supervision: more moments than a page holds.
    await fortnightlyAttended(app.services.handle.db, id, comA, 60)
    const first = await timelineOf(id, '?kind=supervision')
    assert.equal(first.status, 200)
    assert.deepEqual([first.body.total, first.body.page, first.body.pageCount], [60, 1, 2])
    assert.equal(first.body.events.length, 50)
    const second = await timelineOf(id, '?kind=supervision&page=2')
    const dates = [...first.body.events, ...second.body.events].map((e: Event) => e.at)
    assert.equal(new Set(dates).size, 60, 'every appointment once')
    assert.deepEqual(dates, [...dates].sort().reverse())
    assert.equal(second.body.events.at(-1).at, '2024-01-01')
    assert.equal((await timelineOf(id, '?kind=supervision&page=7')).body.page, 2)

    const html = await (await as('comA').get(`/people/${id}/timeline?kind=supervision`)).text()
    assert.match(html, /60 moments, newest first: page 1 of 2/)
    assert.match(html, new RegExp(`href="/people/${id}/timeline\\?kind=supervision&amp;page=2"`))
    assert.doesNotMatch(html, /govuk-pagination__prev/)
    assert.equal(html.match(/data-qa="event-supervision"/g)?.length, 50)
  })

  it('lets the team read it and refuses everyone else as for nobody there; the person is refused', async () => {
    assert.equal((await timelineOf(journey, '', as('comA2'))).status, 200)
    for (const username of ['comB', 'pom2', 'partner', 'admin']) {
      assert.equal((await timelineOf(journey, '', as(username))).status, 404, username)
      assert.equal((await as(username).get(`/people/${journey}/timeline`)).status, 404, username)
    }
    const barred = await timelineOf(app.fixture.people.excludedForComA2.id, '', as('comA2'))
    assert.equal(barred.status, 403)
    assert.equal(barred.body.detail, app.fixture.barredMessage)
    assert.equal((await timelineOf(app.fixture.people.ofComA.id, '', as('person'))).status, 403)
    assert.equal((await timelineOf(journey, '', as('person'))).status, 404)
    assert.equal((await as('person').get(`/people/${app.fixture.people.ofComA.id}/timeline`)).status, 404)
  })

  it('answers a malformed person id with 400 in the API and 404 on the page', async () => {
    const api = await timelineOf('not-an-id')
    assert.equal(api.status, 400)
    assert.equal(api.body.errors[0].field, 'params.id')
    assert.equal((await as('comA').get('/people/not-an-id/timeline')).status, 404)
  })

  it('shows the case header and tabs above the timeline', async () => {
    const html = await (await as('comA').get(`/people/${journey}/timeline`)).text()
    assert.match(html, /data-qa="case-header"/)
    assert.match(html, /data-qa="case-navigation"/)
    assert.doesNotMatch(html, /govuk-caption-l/)
  })

  it('audits every read with the filter, and the person’s refusal', async () => {
    await timelineOf(journey, '?kind=needs', as('comA2'))
    const reads = (await auditedActions(app, journey)).filter(a => a.action === 'timeline.viewed')
    assert.equal(reads.at(-1)?.actor_username, 'comA2')
    const details = await app.services.handle.db
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'timeline.viewed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    assert.deepEqual(details.details, { kind: 'needs', page: 1 })
    const refusals = (await auditedActions(app, app.fixture.people.ofComA.id)).filter(
      a => a.action === 'timeline.access-refused',
    )
    assert.deepEqual(
      refusals.map(a => [a.actor_username, a.outcome]),
      [['person', 'denied']],
    )
  })
})
