import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'

const TODAY = '2026-03-02'

/**
 * No query per row: every list page runs the same number of SQL statements whether it shows a few rows or a
 * full page. Counted with the database handle's query hook, around one request at a time.
 */
describe('SQL statements per list page', () => {
  let app: TestApp
  let statements = 0
  let added = 0
  const clients: Record<string, Client> = {}

  before(async () => {
    app = await startTestApp({ today: TODAY, onQuery: () => void statements++ })
    for (const user of ['comA', 'managerA', 'admin']) clients[user] = await new Client(app.baseUrl).signIn(user)
  })
  after(() => app.close())

  /**
   * Adds people allocated to comA (in team A), and as many in team A's PDU waiting for a COM, each with a custody
   * episode whose handover is near, and a few audit entries.
   */
  async function addPeople(count: number) {
    const db = app.services.handle.db
    const comId = app.fixture.staff.comA!.id
    await sql`insert into person (crn, first_name, last_name, date_of_birth, com_id)
      select 'Q' || lpad((${added} + n)::text, 6, '0'), 'Query', 'Count' || (${added} + n), date '1990-01-01', ${comId}
      from generate_series(1, ${count}) n`.execute(db)
    await sql`insert into person (crn, first_name, last_name, date_of_birth, pdu_id)
      select 'W' || lpad((${added} + n)::text, 6, '0'), 'Waiting', 'Count' || (${added} + n), date '1990-01-01',
        ${app.fixture.org.pduNorth}
      from generate_series(1, ${count}) n`.execute(db)
    await sql`insert into custody_episode (person_id, sentence_type, arrival_date, sentence_start_date,
        conditional_release_date, earliest_release_date, handover_date, com_allocation_overdue_from, key_dates_policy)
      select id, 'determinate', ${TODAY}::date - 200, ${TODAY}::date - 200, ${TODAY}::date + 60, ${TODAY}::date + 60,
        ${TODAY}::date - 30, ${TODAY}::date - 28, 'test'
      from person where crn ~ '^[QW]' and id not in (select person_id from custody_episode)`.execute(db)
    for (let n = 0; n < count; n++)
      await sql`insert into audit_event (action, actor_username) values ('test.entry', 'admin')`.execute(db)
    added += count
  }

  async function statementsFor(user: string, path: string) {
    const before = statements
    const response = await clients[user]!.get(path)
    assert.equal(response.status, 200, `${path} as ${user}`)
    const body = await response.text()
    return { count: statements - before, body }
  }

  const PAGES = [
    ['comA', '/caseload', /data-qa="caseload-row"|<tr class="govuk-table__row">/g],
    ['managerA', '/caseload', /<tr class="govuk-table__row">/g],
    ['comA', '/caseload?q=count&sort=name', /<tr class="govuk-table__row">/g],
    ['comA', '/people', /<tr class="govuk-table__row">/g],
    ['comA', '/people?q=count', /<tr class="govuk-table__row">/g],
    ['admin', '/admin/audit', /data-qa="audit-entry"/g],
    ['comA', '/api/v1/caseload', /"id":/g],
    ['comA', '/api/v1/caseload?q=count', /"id":/g],
    ['comA', '/api/v1/people', /"id":/g],
    ['managerA', '/caseload/awaiting-com', /<tr class="govuk-table__row">/g],
    ['managerA', '/api/v1/caseload/awaiting-com', /"id":/g],
    ['managerA', '/oversight', /data-qa="oversight-item"/g],
    ['managerA', '/', /data-qa="oversight-item"/g],
    ['managerA', '/api/v1/oversight', /"subjectId":/g],
    ['managerA', '/workload/team', /<tr class="govuk-table__row">/g],
    ['managerA', '/api/v1/workload/team', /"crn":/g],
  ] as const

  it('does not grow between a page of a few rows and a full page', async () => {
    await addPeople(5)
    const few = []
    for (const [user, path, row] of PAGES) {
      const { count, body } = await statementsFor(user, path)
      few.push({ count, rows: body.match(row)?.length ?? 0 })
    }
    await addPeople(50)
    for (const [n, [user, path, row]] of PAGES.entries()) {
      const { count, body } = await statementsFor(user, path)
      const rows = body.match(row)?.length ?? 0
      // A full page is 50 rows: a list that already had some (the audit trail's sign-ins) grows to 50.
      assert.ok(
        rows >= Math.min(few[n]!.rows + 40, 50),
        `${path} as ${user} shows a full page (${few[n]!.rows} then ${rows} rows)`,
      )
      assert.equal(
        count,
        few[n]!.count,
        `${path} as ${user}: ${few[n]!.count} statements for a few rows, ${count} for a page`,
      )
    }
  })

  it("runs the same statements for a page of the manager's sign-offs with a few rows and a full page", async () => {
    const db = app.services.handle.db
    const signOffs = (from: number, count: number) =>
      sql`insert into oversight_sign_off (kind, subject_id, person_id, team_id, label, signed_off_by, signed_off_on)
        select 'test-kind', 'subject-' || (${from} + n), ${app.fixture.people.ofComA.id}, ${app.fixture.org.teamA},
          'A test item', ${app.fixture.staff.managerA!.id}, ${TODAY}
        from generate_series(1, ${count}) n`.execute(db)
    await signOffs(0, 3)
    const few = await statementsFor('managerA', '/oversight/history')
    const fewApi = await statementsFor('managerA', '/api/v1/oversight/sign-offs')
    await signOffs(3, 60)
    const full = await statementsFor('managerA', '/oversight/history')
    const fullApi = await statementsFor('managerA', '/api/v1/oversight/sign-offs')
    assert.equal(few.body.match(/data-qa="history-row"/g)?.length, 3)
    assert.equal(full.body.match(/data-qa="history-row"/g)?.length, 50, 'a full page of sign-offs')
    assert.equal(full.count, few.count, 'the history page')
    assert.equal(fullApi.count, fewApi.count, 'the history API')
  })

  it('runs the same statements for a person’s timeline of a few moments and of a full page', async () => {
    const person = app.fixture.people.ofComA
    const comId = app.fixture.staff.comA!.id
    const appointments = (from: number, count: number) =>
      sql`insert into supervision_appointment (person_id, appointment_date, kind, outcome, practitioner_id, recorded_by)
        select ${person.id}, date '2024-01-01' + (${from} + n) * 7, 'office', 'attended', ${comId}, ${comId}
        from generate_series(1, ${count}) n`.execute(app.services.handle.db)
    await appointments(0, 2)
    const few = await statementsFor('comA', `/people/${person.id}/timeline`)
    const fewApi = await statementsFor('comA', `/api/v1/people/${person.id}/timeline`)
    await appointments(2, 60)
    const full = await statementsFor('comA', `/people/${person.id}/timeline`)
    const fullApi = await statementsFor('comA', `/api/v1/people/${person.id}/timeline`)
    assert.equal(few.body.match(/data-qa="event-supervision"/g)?.length, 2)
    assert.equal(full.body.match(/class="moj-timeline__item"/g)?.length, 50, 'a full page of moments')
    assert.equal(full.count, few.count, 'the timeline page')
    assert.equal(fullApi.count, fewApi.count, 'the timeline API')
  })

  it('runs the same statements for a strengths page of a few achievements and of many', async () => {
    const person = app.fixture.people.ofComA
    const comId = app.fixture.staff.comA!.id
    const achievements = (count: number) =>
      sql`insert into achievement (person_id, kind, title, achieved_on, recorded_by, recorded_by_role, confirmed_by,
          confirmed_on)
        select ${person.id}, 'milestone', 'Milestone ' || n, date '2026-01-01' + n, ${comId}, 'practitioner', ${comId},
          date '2026-01-01' + n
        from generate_series(1, ${count}) n`.execute(app.services.handle.db)
    await achievements(2)
    const few = await statementsFor('comA', `/people/${person.id}/strengths`)
    const fewApi = await statementsFor('comA', `/api/v1/people/${person.id}/strengths`)
    await achievements(40)
    const many = await statementsFor('comA', `/people/${person.id}/strengths`)
    const manyApi = await statementsFor('comA', `/api/v1/people/${person.id}/strengths`)
    assert.equal(many.body.match(/Milestone \d+/g)?.length, 42)
    assert.equal(many.count, few.count, 'the strengths page')
    assert.equal(manyApi.count, fewApi.count, 'the strengths API')
  })
})
