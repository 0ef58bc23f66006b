import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { addDays } from '../../platform/dates/calendar-date.ts'
import { createCaseloadRepository } from './caseload.repository.ts'
import { stageOf } from './caseload.rules.ts'

const TODAY = '2026-11-23'
let app: TestApp
before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

interface Row {
  id: string
  stage: string
  daysToRelease: number | null
}

describe('caseloads', () => {
  it('shows a COM the people allocated to them, without the limited-access records they are barred from', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    const { status, body } = await comA.json('GET', '/api/v1/caseload')
    assert.equal(status, 200)
    const ids = new Set(body.people.map((p: Row) => p.id))
    const { people } = app.fixture
    assert.deepEqual(ids, new Set([people.ofComA.id, people.excludedForComA2.id, people.restrictedToComA.id]))
    const ofComA = body.people.find((p: Row) => p.id === people.ofComA.id)
    assert.equal(ofComA.daysToRelease, 98) // CRD 1 March 2027
    assert.equal(ofComA.stage, 'handover-due') // handover 17 June 2026 has passed
  })

  it("shows a manager the team's caseload, and refuses people without one", async () => {
    const managerA = await new Client(app.baseUrl).signIn('managerA')
    const { body } = await managerA.json('GET', '/api/v1/caseload')
    assert.ok(body.people.some((p: Row) => p.id === app.fixture.people.ofComA2.id))
    for (const username of ['partner', 'admin', 'person']) {
      const client = await new Client(app.baseUrl).signIn(username)
      assert.equal((await client.json('GET', '/api/v1/caseload')).status, 403, username)
    }
  })

  it('filters by stage and refuses a stage that does not exist', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    const dueOut = await comA.json('GET', '/api/v1/caseload?stage=due-out')
    assert.equal(dueOut.body.total, 0)
    const bad = await comA.json('GET', '/api/v1/caseload?stage=nowhere')
    assert.equal(bad.status, 400)
    assert.equal(bad.body.errors[0].field, 'stage')
  })

  it('gives the same stage in SQL as the rule does, on any day', async () => {
    const db = app.services.handle.db
    const episodes = await db.selectFrom('custody_episode').selectAll().execute()
    for (const offset of [-400, -60, 0, 30, 100, 200, 500, 900]) {
      const today = addDays(TODAY, offset)
      const rows = await createCaseloadRepository(db).page({ kind: 'team', teamId: app.fixture.org.teamA }, today, {
        sort: 'name',
        page: 1,
      })
      for (const row of rows.rows) {
        const e = episodes.find(x => x.person_id === row.id)
        if (!e) continue
        const expected = stageOf(
          {
            hasEpisode: true,
            releaseDate: e.release_date,
            earliestReleaseDate: e.earliest_release_date,
            licenceExpiryDate: e.licence_expiry_date,
            handoverDate: e.handover_date,
            comAllocationOverdueFrom: e.com_allocation_overdue_from,
            hasCom: true,
          },
          today,
        )
        assert.equal(row.stage, expected, `${row.id} on ${today}`)
      }
    }
  })

  it('flags someone due out whom their COM has not met, and an overdue handover meeting', async () => {
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    const id = app.fixture.people.ofComA2.id
    const added = await comA2.json('POST', `/api/v1/people/${id}/custody-episodes`, {
      sentenceType: 'determinate',
      arrivalDate: '2026-01-05',
      sentenceStartDate: '2026-01-05',
      conditionalReleaseDate: '2026-12-23',
      prisonId: app.fixture.org.prison1,
    })
    assert.equal(added.status, 201)
    const { body } = await comA2.json('GET', '/api/v1/caseload')
    const person = body.people.find((p: Row) => p.id === id)
    assert.equal(person.stage, 'due-out')
    const overdue = person.overdue.map((d: { what: string }) => d.what)
    assert.ok(overdue.includes('COM to meet the person'), overdue.join())
    assert.ok(overdue.includes('Handover meeting'), overdue.join()) // handover was 9 April 2026
  })

  it('shows the caseload page with a stage tag and the next deadline', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    const html = await (await comA.get('/caseload')).text()
    assert.match(html, /Your caseload/)
    assert.match(html, /Handover due/)
    assert.match(html, /Pre-release review: 7 December 2026/) // 84 days before 1 March 2027
  })
})
