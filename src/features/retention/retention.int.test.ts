import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

// Every fixture episode's sentence ends on 10 January 2029: its case record is due 7 years later.
const TODAY = '2036-01-10'
let app: TestApp
let admin: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  admin = await new Client(app.baseUrl).signIn('admin')
  const db = app.services.handle.db
  // The fixture's records changed "now"; fixed here so that the people without an episode fall due on a known day.
  await sql`update person set updated_at = '2020-06-01T12:00:00Z'`.execute(db)
  await sql`update custody_episode set updated_at = '2020-06-01T12:00:00Z'`.execute(db)
  const { people } = app.fixture
  // Golf is serving an indeterminate sentence too; Charlie was once managed under MAPPA at level 3.
  await db
    .insertInto('custody_episode')
    .values({
      person_id: people.unallocatedInPrison1.id,
      sentence_type: 'indeterminate',
      parole: false,
      early_allocation: false,
      arrival_date: '2015-01-01',
      sentence_start_date: '2015-01-01',
    })
    .execute()
  await sql`insert into person_tier (person_id, tier, model, rosh, rsr_percent, mappa, protect_points, change_points,
    needs_assessed, set_on) values (${people.ofComB.id}, 'A3', 'test', 'high', 10, '3', 1, 1, true, '2021-01-01'),
    (${people.ofComB.id}, 'B2', 'test', 'low', 1, 'none', 1, 1, true, '2024-01-01')`.execute(db)
  // An exclusion that ended in 2028: due in 2035. An open one never is.
  await db
    .updateTable('limited_access')
    .set({ end_date: '2028-03-31' })
    .where('person_id', '=', people.excludedForComA2.id)
    .execute()
})
after(() => app.close())

const listed = async (page = 1) => (await admin.json('GET', `/api/v1/retention/due?page=${page}`)).body

describe('the records due for a retention review', () => {
  it('lists each kind of record on the day its period runs out, longest overdue first', async () => {
    const { people } = app.fixture
    const { records, total } = await listed()
    const seen = records.map((r: { type: string; crn: string; reviewOn: string; basis: string }) =>
      [r.reviewOn, r.type, r.crn, r.basis].join(' '),
    )
    assert.deepEqual(seen, [
      '2027-06-01 case-record A000002 no-supervision-end-date',
      '2027-06-01 case-record A000003 no-supervision-end-date',
      '2027-06-01 case-record A000004 no-supervision-end-date',
      '2029-01-11 person-account A000001 supervision-ended',
      '2035-03-31 limited-access A000003 limited-access-ended',
      '2036-01-10 case-record A000001 supervision-ended',
      '2036-01-10 case-record C000001 supervision-ended',
      '2036-01-10 case-record P000002 supervision-ended',
    ])
    assert.equal(total, 8)
    assert.ok(!records.some((r: { personId: string }) => r.personId === people.unallocatedInPrison1.id), 'life')
    assert.ok(!records.some((r: { personId: string }) => r.personId === people.ofComB.id), 'MAPPA level 3')
  })

  it('finds a person’s own account due the day after supervision ends, years before their case record', async () => {
    const alpha = app.fixture.people.ofComA.id
    const alphaDue = async (on: string) =>
      (await app.services.retention.dueForReview(on)).records.filter(r => r.personId === alpha).map(r => r.type)
    assert.deepEqual(await alphaDue('2029-01-10'), [])
    assert.deepEqual(await alphaDue('2029-01-11'), ['person-account'])
    assert.deepEqual(await alphaDue('2036-01-10'), ['person-account', 'case-record'])
  })

  it('pages the list on the page, 50 at a time, and records every look', async () => {
    const db = app.services.handle.db
    await db
      .insertInto('person')
      .values(
        Array.from({ length: 60 }, (_, i) => ({
          id: randomUUID(),
          crn: `R${String(i).padStart(6, '0')}`,
          first_name: 'Old',
          last_name: `Record${i}`,
          date_of_birth: '1950-01-01',
          updated_at: '2010-01-01T12:00:00Z',
        })),
      )
      .execute()
    const first = await listed(1)
    assert.equal(first.total, 68)
    assert.equal(first.records.length, 50)
    assert.equal(first.pageCount, 2)
    assert.equal((await listed(2)).records.length, 18)
    const html = await (await admin.get('/admin/retention?page=2')).text()
    assert.match(html, /68 records due for review/)
    assert.match(html, /Page 2 of 2/)
    assert.match(html, /7 years after the limited access ended/)
    assert.match(html, /10 January 2036/)
    const entry = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'retention.review-listed')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
    assert.equal(entry.actor_username, 'admin')
    assert.deepEqual([entry.details.page, entry.details.total], [2, 68])
  })

  it('deletes nothing: every record listed is still there', async () => {
    const before = await app.services.handle.db.selectFrom('person').select('id').execute()
    await app.services.retention.dueForReview(TODAY)
    const after = await app.services.handle.db.selectFrom('person').select('id').execute()
    assert.equal(after.length, before.length)
  })

  it('is for administrators only', async () => {
    const com = await new Client(app.baseUrl).signIn('comA')
    assert.equal((await com.get('/admin/retention')).status, 404)
    assert.equal((await com.json('GET', '/api/v1/retention/due')).status, 404)
  })
})
