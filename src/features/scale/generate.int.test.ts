import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { freshDatabase } from '../../../test/support/test-database.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { createAuditRepository } from '../audit/audit.repository.ts'
import { createKeyDatesRepository } from '../key-dates/key-dates.repository.ts'
import { refreshStoredKeyDates, storedKeyDates } from '../key-dates/key-dates.service.ts'
import { GENERATOR_PARTS } from './generate.parts.ts'
import { profileFor } from './generate.profile.ts'
import { generate } from './generate.service.ts'

const TODAY = '2026-11-23'

describe('the generator', () => {
  let handle: DatabaseHandle
  let drop: () => Promise<void>
  const count = async (table: string) =>
    Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(handle.db)).rows[0]!.n)
  const run = () =>
    generate(handle.db, {
      profile: profileFor(300),
      today: TODAY,
      passwordHash: 'not-a-password',
      parts: GENERATOR_PARTS,
      report: () => undefined,
    })

  before(async () => {
    ;({ handle, drop } = await freshDatabase())
    assert.equal((await run()).generated, true)
  })
  after(() => drop())

  it('loads people with every kind of record', async () => {
    assert.equal(await count('person'), 300)
    for (const table of ['custody_episode', 'allocation', 'handover_meeting', 'handover_contact', 'readiness_item'])
      assert.ok((await count(table)) > 0, table)
    for (const table of ['needs_screening', 'needs_screening_pathway', 'need_action'])
      assert.ok((await count(table)) > 0, table)
    for (const table of ['person_release', 'release_follow_up', 'plan', 'plan_revision', 'plan_version'])
      assert.ok((await count(table)) > 0, table)
    for (const table of ['plan_agreement', 'supervision_appointment', 'setback', 'recall_review'])
      assert.ok((await count(table)) > 0, table)
    assert.equal(await count('audit_event'), 300 * 48)
  })

  it('chains the audit trail as the database does, so that verify-audit passes', async () => {
    const { broken, checked } = await createAuditRepository(handle.db).brokenLinks()
    assert.deepEqual(broken, [])
    assert.equal(checked, 300 * 48)
    // An entry written afterwards by the trigger joins the same chain.
    await sql`insert into audit_event (action) values ('after.generate')`.execute(handle.db)
    assert.deepEqual((await createAuditRepository(handle.db).brokenLinks()).broken, [])
  })

  it('stores the deadlines the key-date rules derive, so that nothing is stale at start', async () => {
    assert.equal(await refreshStoredKeyDates(handle.db, createKeyDatesRepository(handle.db)), 0)
    const episodes = await handle.db.selectFrom('custody_episode').selectAll().execute()
    for (const e of episodes) {
      const expected = storedKeyDates({
        sentenceType: e.sentence_type,
        parole: e.parole,
        earlyAllocation: e.early_allocation,
        arrivalDate: e.arrival_date,
        sentenceStartDate: e.sentence_start_date,
        conditionalReleaseDate: e.conditional_release_date,
        automaticReleaseDate: e.automatic_release_date,
        paroleEligibilityDate: e.parole_eligibility_date,
        tariffExpiryDate: e.tariff_expiry_date,
        licenceExpiryDate: e.licence_expiry_date,
        sentenceExpiryDate: e.sentence_expiry_date,
      })
      assert.equal(e.earliest_release_date, expected.earliest_release_date)
      assert.equal(e.handover_date, expected.handover_date)
      assert.equal(e.com_allocation_overdue_from, expected.com_allocation_overdue_from)
      assert.equal(e.pre_release_review_due_date, expected.pre_release_review_due_date)
    }
  })

  it('refuses a database that already holds an organisation', async () => {
    assert.equal((await run()).generated, false)
    assert.equal(await count('person'), 300)
  })
})
