import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { addDays } from '../../platform/dates/calendar-date.ts'
import { contextOf } from '../handover/handover.test-support.ts'
import { createCaseloadRepository } from './caseload.repository.ts'
import { byRelease, stageOf } from './caseload.rules.ts'
import { createCaseloadService } from './caseload.service.ts'

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
    assert.equal(bad.body.errors[0].field, 'query.stage')
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

let added = 0

/** People of the caseload given, each with a custody episode of the dates given (null: no episode). */
async function addPeople(
  comId: string,
  lastName: string,
  episodes: ({ release: string | null; earliest: string | null; licenceEnds?: string } | null)[],
) {
  const ids: string[] = []
  for (const [n, dates] of episodes.entries()) {
    added += 1
    const crn = `S${String(added).padStart(6, '0')}`
    const { id } = await app.services.handle.db
      .insertInto('person')
      .values({ crn, first_name: 'Sam', last_name: `${lastName} ${n}`, date_of_birth: '1990-01-01', com_id: comId })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids.push(id)
    if (!dates) continue
    await sql`insert into custody_episode (person_id, sentence_type, arrival_date, sentence_start_date,
        conditional_release_date, earliest_release_date, licence_expiry_date, release_date, key_dates_policy)
      values (${id}, 'determinate', '2020-01-01', '2020-01-01', ${dates.earliest}, ${dates.earliest},
        ${dates.licenceEnds ?? '2030-01-01'}, ${dates.release}, 'test')`.execute(app.services.handle.db)
  }
  return ids
}

describe('finding a person in the caseload', () => {
  it('finds them by the start of a name, by "Last, First" or "First Last", or by the whole CRN, within the caseload only', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    const found = async (q: string) =>
      (await comA.json('GET', `/api/v1/caseload?q=${encodeURIComponent(q)}`)).body.people.map(
        (p: { lastName: string }) => p.lastName,
      )
    for (const q of ['alp', 'Alpha', 'Alpha, T', 'test alpha', 'A000001', 'a000001', '  alpha  ']) {
      assert.deepEqual(await found(q), ['Alpha'], q)
    }
    assert.deepEqual(await found('A00000'), [], 'a CRN is matched whole')
    assert.deepEqual(await found('Charlie'), [], "comB's person is not in comA's caseload")
    assert.deepEqual(await found('B000001'), [])
    assert.deepEqual(await found('%'), [], 'a wildcard is only a character')
    const withStage = await comA.json('GET', '/api/v1/caseload?q=alpha&stage=due-out')
    assert.equal(withStage.body.total, 0)
    assert.equal(withStage.body.query.q, 'alpha')
  })

  it('keeps the search in the address, in the form and in the page links', async () => {
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    await addPeople(
      app.fixture.staff.comA2!.id,
      'Manyfold',
      Array.from({ length: 55 }, () => null),
    )
    const response = await comA2.get('/caseload?q=manyfold&sort=name')
    assert.equal(response.status, 200)
    const html = await response.text()
    assert.match(html, /data-qa="result-count">55 people</)
    assert.match(html, /name="q" type="search" spellcheck="false" value="manyfold"|name="q"[^>]*value="manyfold"/)
    assert.match(html, /href="\/caseload\?q=manyfold&amp;sort=name&amp;page=2"/)
    const second = await (await comA2.get('/caseload?q=manyfold&sort=name&page=2')).text()
    assert.equal(second.match(/href="\/people\/[0-9a-f-]+">Manyfold/g)?.length, 5)
    const none = await (await comA2.get('/caseload?q=nobody-by-this-name')).text()
    assert.match(none, /data-qa="empty-state">Nobody in this caseload matches ‘nobody-by-this-name’/)
  })

  it('shows a search it cannot take beside the field, with the GOV.UK error summary', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    const response = await comA.get(`/caseload?q=${'x'.repeat(101)}`)
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /href="#q">A name or CRN must be 100 characters or fewer</)
    assert.match(html, /id="q-error"/)
    const api = await comA.json('GET', `/api/v1/caseload?q=${'x'.repeat(101)}`)
    assert.deepEqual(api.body.errors, [{ field: 'query.q', message: 'A name or CRN must be 100 characters or fewer' }])
  })
})

describe('release date, soonest first', () => {
  it('orders releases to come soonest first, then releases past most recent first, then no date, in SQL as the rule does', async () => {
    const comId = app.fixture.staff.comC!.id
    await addPeople(comId, 'Order', [
      { release: '2025-03-01', earliest: '2025-03-01' },
      null,
      { release: null, earliest: '2027-06-01' },
      { release: '2026-11-01', earliest: '2026-10-30' },
      { release: null, earliest: '2026-12-01' },
      { release: null, earliest: '2026-11-20' },
      { release: '2026-06-01', earliest: '2026-12-30' },
      { release: null, earliest: null },
    ])
    const comC = await new Client(app.baseUrl).signIn('comC')
    const { body } = await comC.json('GET', '/api/v1/caseload?q=order')
    const names = body.people.map((p: { lastName: string }) => p.lastName)
    assert.deepEqual(names.slice(0, 3), ['Order 5', 'Order 4', 'Order 2'], 'releases to come, soonest first')
    assert.deepEqual(names.slice(3, 6), ['Order 3', 'Order 6', 'Order 0'], 'releases past, most recent first')
    assert.deepEqual(names.slice(6).sort(), ['Order 1', 'Order 7'], 'no date last')

    const db = app.services.handle.db
    for (const offset of [-400, 0, 200]) {
      const { rows } = await createCaseloadRepository(db).page({ kind: 'com', userId: comId }, addDays(TODAY, offset), {
        sort: 'release',
        page: 1,
      })
      const dates = rows.map(r => ({ releaseDate: r.release_date, earliestReleaseDate: r.earliest_release_date }))
      const byRule = [...rows].sort(
        (a, b) =>
          byRelease(
            { releaseDate: a.release_date, earliestReleaseDate: a.earliest_release_date },
            { releaseDate: b.release_date, earliestReleaseDate: b.earliest_release_date },
          ) || (a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : a.id < b.id ? -1 : 1),
      )
      assert.deepEqual(
        rows.map(r => r.id),
        byRule.map(r => r.id),
        JSON.stringify(dates),
      )
    }
  })
})

describe('what a caseload line flags', () => {
  it('shows each label once, and nothing overdue for a person whose licence has ended', async () => {
    const comId = app.fixture.staff.comA2!.id
    const [ended, onLicence] = await addPeople(comId, 'Flagged', [
      { release: '2023-01-10', earliest: '2023-01-10', licenceEnds: '2025-01-10' },
      { release: '2025-01-10', earliest: '2025-01-10' },
    ])
    const { db } = app.services.handle
    const service = createCaseloadService({
      repository: createCaseloadRepository(db),
      people: app.services.people,
      handover: app.services.handover,
      audit: app.services.platform.audit,
      today: () => TODAY,
      deadlineSources: [
        async ids =>
          ids.flatMap(personId => [
            { personId, label: 'Action: Accommodation', dueDate: '2026-10-01' },
            { personId, label: 'Action: Accommodation', dueDate: '2026-09-01' },
            { personId, label: 'Accommodation follow-up', dueDate: '2026-12-01' },
          ]),
        async ids => ids.map(personId => ({ personId, label: 'Accommodation follow-up', dueDate: '2026-11-01' })),
      ],
    })
    const { people } = await service.caseload(contextOf(app, 'comA2'), { q: 'flagged', sort: 'name', page: 1 })
    const line = (id: string) => people.find(p => p.id === id)!
    assert.equal(line(ended!).stage, 'licence-ended')
    assert.deepEqual([line(ended!).overdue, line(ended!).nextDeadline], [[], null])
    assert.deepEqual(line(onLicence!).overdue, [
      { what: 'Action: Accommodation', date: '2026-09-01', overdue: true },
      { what: 'Accommodation follow-up', date: '2026-11-01', overdue: true },
    ])
    assert.equal(line(onLicence!).nextDeadline, null, 'the follow-up already overdue is not shown again as next')
  })

  it('shows no overdue tag twice on the page', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    const html = await (await comA.get('/caseload')).text()
    for (const row of html.split('<tr class="govuk-table__row">').slice(2)) {
      const tags = [...row.matchAll(/govuk-tag--red">([^<]+)</g)].map(m => m[1])
      assert.equal(new Set(tags).size, tags.length, tags.join())
    }
  })
})
