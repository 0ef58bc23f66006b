import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { freshDatabase } from '../support/test-database.ts'
import type { DatabaseHandle } from '../../src/platform/db/database.ts'
import { createAuditRepository } from '../../src/features/audit/audit.repository.ts'
import { createAuditService } from '../../src/features/audit/audit.service.ts'
import { createAuditLog } from '../../src/platform/audit/audit-log.ts'
import { fixedTermSuitability } from '../../src/features/recall/recall.rules.ts'
import { followUpsFor } from '../../src/features/release/release.rules.ts'
import { createKeyDatesRepository, refreshStoredKeyDates, storedKeyDates } from '../../src/features/key-dates/index.ts'
import { GENERATOR_PARTS } from '../../src/features.ts'
import { formatLongDate } from '../../src/platform/dates/calendar-date.ts'
import { profileFor } from '../../src/platform/sample-data/scale-profile.ts'
import { generate } from '../../src/platform/sample-data/generate.ts'
import { changeLevelOf, protectScore } from '../../src/features/workload/tiering.rules.ts'

const TODAY = '2026-11-23'
const KEY = randomBytes(32)

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
      auditKey: KEY,
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
    const audit = createAuditLog(handle.db, { key: KEY })
    const verify = () => createAuditService(createAuditRepository(handle.db), audit).verify(KEY, undefined)
    const { broken, checked } = await verify()
    assert.deepEqual(broken, [])
    assert.equal(checked, 300 * 48)
    // An entry written afterwards by the service joins the same chain.
    await audit.record({ action: 'after.generate' })
    assert.deepEqual((await verify()).broken, [])
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

  it('answers only the follow-ups a release calls for, once each is open and by today', async () => {
    const { rows } = await sql<{ release_date: string; treatment_need: boolean; kind: string; recorded_on: string }>`
      select e.release_date, r.treatment_need, f.kind, f.recorded_on
      from release_follow_up f join custody_episode e on e.id = f.custody_episode_id
      join person_release r on r.custody_episode_id = e.id`.execute(handle.db)
    assert.ok(rows.length > 0)
    for (const row of rows) {
      const followUp = followUpsFor(row.release_date, row.treatment_need).find(f => f.kind === row.kind)
      assert.ok(followUp, `${row.kind} is called for`)
      assert.ok(followUp.opensOn <= row.recorded_on && row.recorded_on <= TODAY, `${row.kind} recorded when open`)
    }
  })

  it('records outcomes only for appointments that have happened', async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from supervision_appointment
      where outcome is not null and appointment_date > ${TODAY}::date`.execute(handle.db)
    assert.equal(Number(rows[0]!.n), 0)
    assert.ok((await count('supervision_appointment')) > (await count('person_release')) * 3)
  })

  it('has recall decisions countersigned by a manager of the team, as the fixed-term rules allow', async () => {
    const { rows } = await sql<{
      decision: string | null
      recommendation: string
      manager_role: string | null
      same_team: boolean | null
      sentence_type: 'determinate' | 'indeterminate' | 'recall' | 'immigration'
      sentence_start_date: string
      sentence_expiry_date: string | null
    }>`select r.decision, r.recommendation, m.role as manager_role, m.team_id = c.team_id as same_team,
        e.sentence_type, e.sentence_start_date, e.sentence_expiry_date
      from recall_review r join app_user c on c.id = r.recommended_by left join app_user m on m.id = r.countersigned_by
      join lateral (select * from custody_episode where person_id = r.person_id
        order by sentence_start_date desc limit 1) e on true`.execute(handle.db)
    assert.ok(rows.some(r => r.decision) && rows.some(r => !r.decision), 'decided and awaiting')
    for (const row of rows) {
      const suitability = fixedTermSuitability({
        sentenceType: row.sentence_type,
        extended: false,
        sentenceStartDate: row.sentence_start_date,
        sentenceExpiryDate: row.sentence_expiry_date,
      })
      for (const choice of [row.recommendation, row.decision])
        if (choice === 'fixed-term') assert.ok(suitability.suitable, 'fixed-term only where open')
      if (row.decision) assert.deepEqual([row.manager_role, row.same_team], ['manager', true])
    }
  })

  it("has managers' sign-offs of their own team's releases, each before the release and worded as the queue words it", async () => {
    const { rows } = await sql<{
      label: string
      release_date: string
      signed_off_on: string
      role: string
      same_team: boolean
    }>`select s.label, e.release_date::text, s.signed_off_on::text, m.role, m.team_id = s.team_id and c.team_id = s.team_id as same_team
      from oversight_sign_off s join custody_episode e on e.id::text = s.subject_id
      join app_user m on m.id = s.signed_off_by join person p on p.id = s.person_id join app_user c on c.id = p.com_id`.execute(
      handle.db,
    )
    assert.ok(rows.length > 0)
    for (const row of rows) {
      assert.deepEqual([row.role, row.same_team], ['manager', true])
      assert.ok(row.signed_off_on < row.release_date && row.release_date <= TODAY)
      assert.equal(row.label, `Release on ${formatLongDate(row.release_date)} with no accommodation arranged`)
    }
  })

  it("gives everyone a PDU: their COM's team's, or one for the managers' list of people waiting for a COM", async () => {
    const { rows } = await sql<{ wrong: number; waiting: number; none: number }>`select
        count(*) filter (where p.com_id is not null and p.pdu_id is distinct from t.pdu_id) as wrong,
        count(*) filter (where p.com_id is null) as waiting, count(*) filter (where p.pdu_id is null) as none
      from person p left join app_user u on u.id = p.com_id left join team t on t.id = u.team_id`.execute(handle.db)
    assert.deepEqual(
      rows.map(r => [Number(r.wrong), Number(r.none)]),
      [[0, 0]],
    )
    assert.ok(Number(rows[0]!.waiting) > 0)
  })

  it('gives every person a tier the tiering rules agree with, and every COM a grade and hours', async () => {
    const tiers = await handle.db.selectFrom('person_tier').selectAll().execute()
    assert.equal(new Set(tiers.map(t => t.person_id)).size, 300)
    for (const t of tiers) {
      const protect = protectScore({
        rosh: t.rosh as never,
        rsrPercent: Number(t.rsr_percent),
        mappa: t.mappa as never,
        flags: t.flags as never,
      })
      assert.equal(t.protect_points, protect.points, JSON.stringify(t))
      assert.equal(t.tier, `${protect.level}${changeLevelOf(t.change_points)}`, JSON.stringify(t))
    }
    const coms = await handle.db.selectFrom('app_user').select('id').where('role', '=', 'com').execute()
    assert.ok(coms.length > 0)
    assert.equal(await count('practitioner_hours'), coms.length)
    // About two COMs in three have a court report, each dated as the schema allows.
    const reports = await handle.db.selectFrom('court_report').selectAll().execute()
    const writers = new Set(reports.map(r => r.staff_id)).size
    assert.ok(writers > 0 && writers < coms.length, `${writers} of ${coms.length}`)
    assert.ok(reports.every(r => r.due_on >= r.requested_on && r.requested_on <= TODAY))
  })

  it('gives strengths, confirmed achievements and giving back, and certificates countersigned by another', async () => {
    for (const table of ['strength', 'strength_change', 'achievement', 'giving_back', 'certificate'])
      assert.ok((await count(table)) > 0, table)
    const wrong = await sql<{ id: string }>`select c.id from certificate c
      join custody_episode e on e.person_id = c.person_id
      where c.countersigned_by = c.signed_by or c.countersigned_on < c.signed_on or c.countersigned_on > ${TODAY}::date
        or c.verification_id !~ '^[0-9A-HJKMNP-TV-Z]{12}$'`.execute(handle.db)
    assert.deepEqual(wrong.rows, [])
    const early = await sql<{ id: string }>`select a.id from achievement a
      where a.achieved_on > ${TODAY}::date or a.confirmed_on < a.achieved_on`.execute(handle.db)
    assert.deepEqual(early.rows, [])
    // Plans hold no strengths of their own: everyone with a plan has one in their profile, linked to a goal of it.
    const unlinked = await sql<{ id: string }>`select p.id from plan p
      where p.content -> 'strengths' is not null
        or not exists (select 1 from strength s where s.person_id = p.person_id
          and s.goal_ids <@ (select jsonb_agg(g -> 'id') from jsonb_array_elements(p.content -> 'goals') g)
          and jsonb_array_length(s.goal_ids) > 0)`.execute(handle.db)
    assert.deepEqual(unlinked.rows, [])
  })

  it('refuses a database that already holds an organisation', async () => {
    assert.equal((await run()).generated, false)
    assert.equal(await count('person'), 300)
  })
})
