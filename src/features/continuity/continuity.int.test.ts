import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { auditedActions, newCase } from '../handover/handover.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
let staff: TestApp['fixture']['staff']
before(async () => {
  app = await startTestApp({ today: TODAY })
  const usernames = ['comA', 'comA2', 'comB', 'managerA', 'managerB', 'pom1', 'partner', 'admin', 'person']
  for (const username of usernames) clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
  staff = app.fixture.staff
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
const reallocate = (comId: string, extra: object = {}, personId = alpha) =>
  as('managerA').json('PUT', `/api/v1/people/${personId}/allocation`, {
    comId,
    reasonCode: 'workload',
    handoverNote: 'Likes morning appointments; working on housing.',
    ...extra,
  })

describe('changing the practitioner', () => {
  it('refuses a reallocation without a reason or a handover note, and writes nothing', async () => {
    const refused = await as('managerA').json('PUT', `/api/v1/people/${alpha}/allocation`, { comId: staff.comA2!.id })
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.errors, [
      { field: 'reasonCode', message: 'Select the reason for the change' },
      { field: 'handoverNote', message: 'Enter a handover note for the new practitioner' },
    ])
    const other = await reallocate(staff.comA2!.id, { reasonCode: 'other' })
    assert.deepEqual(other.body.errors, [{ field: 'reasonOther', message: 'Enter the reason for the change' }])
    const { body } = await as('managerA').json('GET', `/api/v1/people/${alpha}/continuity`)
    assert.equal(body.comChanges, 0)
  })

  it('counts each change, shows the handover note to the new COM, and warns the manager past the second', async () => {
    // A person added by comA, who is their first COM: the history starts there.
    const id = await newCase(app, as('comA'), '2027-06-01')
    assert.equal((await reallocate(staff.comA2!.id, { handoverMeetingDate: '2026-11-20' }, id)).status, 200)
    const forNewCom = await as('comA2').json('GET', `/api/v1/people/${id}/continuity`)
    assert.equal(forNewCom.body.comChanges, 1)
    assert.equal(forNewCom.body.handoverForCurrentCom.handoverNote, 'Likes morning appointments; working on housing.')
    assert.equal(forNewCom.body.handoverForCurrentCom.handoverMeetingDate, '2026-11-20')
    let form = await (await as('managerA').get(`/people/${id}/allocation`)).text()
    assert.match(form, /Changes of community offender manager this sentence: 1/)
    assert.doesNotMatch(form, /data-qa="continuity-warning"/)

    assert.equal((await reallocate(staff.comA!.id, { reasonCode: 'risk-escalation' }, id)).status, 200)
    form = await (await as('managerA').get(`/people/${id}/allocation`)).text()
    assert.match(form, /Changes of community offender manager this sentence: 2/)
    assert.match(form, /data-qa="continuity-warning"/)
    const overview = await (await as('managerA').get(`/people/${id}`)).text()
    assert.match(overview, /Changes of COM this sentence/)
    const team = await as('managerA').json('GET', '/api/v1/continuity')
    const row = team.body.people.find((p: { personId: string }) => p.personId === id)
    assert.deepEqual([row.comChanges, row.warning], [2, true])
  })

  it('tells the person who their practitioner is, why it changed, and gives a letter', async () => {
    assert.equal((await reallocate(staff.comA2!.id)).status, 200)
    assert.equal((await reallocate(staff.comA!.id, { reasonCode: 'person-asked', letterWanted: true })).status, 200)
    const own = await as('person').json('GET', '/api/v1/your-practitioner')
    assert.equal(own.status, 200)
    assert.equal(own.body.change.name, 'Staff comA')
    assert.equal(own.body.change.previousName, 'Staff comA2')
    assert.equal(own.body.change.why, 'you asked for a change')
    const page = await (await as('person').get('/your-practitioner')).text()
    assert.match(page, /Your probation worker is Staff comA\./)
    const response = await as('person').get('/your-practitioner/letter.pdf')
    assert.equal(response.status, 200)
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()))
    assert.equal(pdf.title, 'Your probation worker has changed')
    assert.match(pdf.text, /Your probation worker is Staff comA\./)
    assert.match(pdf.text, /It changed because you asked for a change\./)
    const actions = (await auditedActions(app, alpha)).map(a => a.action)
    assert.ok(actions.includes('continuity.letter-generated'))
  })

  it('shows a manager their team’s measures and refuses everyone else', async () => {
    const team = await as('managerA').json('GET', '/api/v1/continuity')
    assert.equal(team.status, 200)
    assert.equal(team.body.measures.people, team.body.people.length)
    assert.equal((await as('comA').json('GET', '/api/v1/continuity')).status, 403)
    assert.equal((await as('person').json('GET', '/api/v1/continuity')).status, 403)
    const page = await (await as('managerA').get('/continuity')).text()
    assert.match(page, /data-qa="team-measures"/)
    const other = await as('managerB').json('GET', '/api/v1/continuity')
    assert.equal(
      other.body.people.some((p: { personId: string }) => p.personId === alpha),
      false,
    )
  })
})

describe('what continuity offers the timeline', () => {
  it('gives every allocation with its reason', async () => {
    const events = await app.services.continuity.timelineEvents(alpha)
    assert.ok(
      events.some(
        e =>
          e.title === 'Community offender manager: Staff comA' &&
          e.description === 'Reason: The person asked for a change',
      ),
    )
  })
})

describe('who may see a person’s practitioners', () => {
  for (const username of ['comB', 'partner', 'admin', 'person']) {
    it(`${username} gets the same answer as for nobody there`, async () => {
      assert.equal((await as(username).json('GET', `/api/v1/people/${alpha}/continuity`)).status, 404)
      assert.equal((await as(username).get(`/people/${alpha}/continuity/letter.pdf`)).status, 404)
    })
  }

  it('only a person has their own practitioner page', async () => {
    assert.equal((await as('comA').json('GET', '/api/v1/your-practitioner')).status, 404)
    for (const username of ['comA', 'managerA', 'admin']) {
      assert.equal((await as(username).get('/your-practitioner')).status, 404, username)
      assert.equal((await as(username).get('/your-practitioner/letter.pdf')).status, 404, username)
    }
  })

  it('keeps the history of practitioners to staff: the person is answered as if it were not there', async () => {
    assert.equal((await as('person').get(`/people/${alpha}/continuity`)).status, 404)
    assert.equal((await as('person').get(`/people/${alpha}/continuity/letter.pdf`)).status, 404)
    const page = await (await as('comA').get(`/people/${alpha}/continuity`)).text()
    assert.match(page, /data-qa="case-header"/)
    assert.match(page, /aria-current="page" href="[^"]+\/continuity" data-qa="case-section-continuity"/)
    assert.match(page, /data-qa="continuity-measures"/)
  })

  it('shows the team page to a manager only', async () => {
    assert.equal((await as('comA').get('/continuity')).status, 404)
    assert.equal((await as('person').get('/continuity')).status, 404)
    assert.equal((await as('managerA').get('/continuity')).status, 200)
  })

  it('answers a malformed person id with 400 in the API and 404 on the page', async () => {
    const api = await as('comA').json('GET', '/api/v1/people/12345/continuity')
    assert.equal(api.status, 400)
    assert.equal(api.body.errors[0].field, 'params.id')
    assert.equal((await as('comA').get('/people/12345/continuity')).status, 404)
  })

  it('bars excluded staff', async () => {
    const excluded = app.fixture.people.excludedForComA2.id
    assert.equal((await as('comA2').json('GET', `/api/v1/people/${excluded}/continuity`)).status, 403)
  })
})
