import { sql } from 'kysely'
import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import type { DemoContext } from '../../platform/sample-data/demo-seeder.ts'
import { seededRandom, type Random } from '../../platform/sample-data/random.ts'
import {
  COMPLEXITY_FLAGS,
  tierOf,
  type AssessedNeed,
  type MappaLevel,
  type ProtectInput,
  type RoshLevel,
} from './tiering.rules.ts'

/** Its own sequence, so that the draws here leave every other seeder's as they were. */
const WORKLOAD_SEED = 0x5e771e17

/**
 * Every demo COM's grade and hours, a few reductions, and every person a tier worked out by the rules from plausible
 * risk inputs and the needs their screening recorded. The COM who holds most of the team's cases keeps them: the
 * dashboard shows that workload for what it is. Tiers are set by the COM (or the POM) soon after the COM was
 * allocated, and for about one in three re-tiered in the last two months.
 */
export async function seedWorkloadDemo({ tx, today }: DemoContext) {
  const random = seededRandom(WORKLOAD_SEED)
  await seedHours(tx, today, random)
  await seedTiers(tx, today, random)
  await seedCourtReports(tx, today, random)
}

/** Fictional courts the demo COMs write for. */
const DEMO_COURTS = ['Northtown Magistrates’ Court', 'Riverside Crown Court', 'Eastgate Magistrates’ Court']

/**
 * Two COMs in three write court reports, each recorded by themself: one writing a standard report due in the next
 * weeks and a fast one due today; the other with a standard report finished last month (it no longer counts) and one
 * asked for this week. A standard report takes about three weeks, a fast one a day or two.
 */
async function seedCourtReports(tx: Db, today: IsoDate, random: Random) {
  const coms = await tx.selectFrom('app_user').select('id').where('role', '=', 'com').orderBy('username').execute()
  const court = () => DEMO_COURTS[random.int(0, DEMO_COURTS.length - 1)]!
  const report = (staffId: string, type: 'standard' | 'fast', requestedAgo: number, dueIn: number) => ({
    staff_id: staffId,
    type,
    court: court(),
    requested_on: addDays(today, -requestedAgo),
    due_on: addDays(today, dueIn),
    created_by: staffId,
  })
  const rows = coms.flatMap((c, i) => {
    if (i % 3 === 0) return [report(c.id, 'standard', random.int(5, 12), random.int(7, 15)), report(c.id, 'fast', 1, 0)]
    if (i % 3 === 1) return [report(c.id, 'standard', 45, -24), report(c.id, 'standard', random.int(1, 4), 18)]
    return []
  })
  if (rows.length) await tx.insertInto('court_report').values(rows).execute()
}

async function seedHours(tx: Db, today: IsoDate, random: Random) {
  const coms = await tx
    .selectFrom('app_user')
    .select(['id', 'username', 'team_id'])
    .where('role', '=', 'com')
    .orderBy('username')
    .execute()
  const managers = await tx.selectFrom('app_user').select(['id', 'team_id']).where('role', '=', 'manager').execute()
  const managerOf = (teamId: string | null) => managers.find(m => m.team_id === teamId)?.id ?? null
  const patterns = [
    { grade: 'PO', hours: 37 },
    { grade: 'PO', hours: 37 },
    { grade: 'PQiP', hours: 37 },
    { grade: 'PO', hours: 30 },
    { grade: 'PSO', hours: 22.5 },
  ] as const
  if (!coms.length) return
  await tx
    .insertInto('practitioner_hours')
    .values(
      coms.map((c, i) => ({
        staff_id: c.id,
        grade: patterns[i % patterns.length]!.grade,
        contracted_hours: patterns[i % patterns.length]!.hours,
        updated_by: managerOf(c.team_id),
        updated_at: `${addDays(today, -random.int(60, 200))}T10:00:00Z`,
      })),
    )
    .execute()
  const reductions = coms.flatMap((c, i) => {
    const by = managerOf(c.team_id)
    if (patterns[i % patterns.length]!.grade === 'PQiP')
      return [
        {
          staff_id: c.id,
          hours: 7.4,
          reason: 'Professional qualification study day',
          start_date: addDays(today, -200),
          end_date: addDays(today, 165),
          created_by: by,
        },
      ]
    if (i % 4 === 1)
      return [
        {
          staff_id: c.id,
          hours: 3.7,
          reason: 'Union duties',
          start_date: addDays(today, -120),
          end_date: addDays(today, -30),
          created_by: by,
        },
        {
          staff_id: c.id,
          hours: 7.4,
          reason: 'Phased return after sick leave',
          start_date: addDays(today, 7),
          end_date: addDays(today, 35),
          created_by: by,
        },
      ]
    return []
  })
  if (reductions.length) await tx.insertInto('workload_reduction').values(reductions).execute()
}

function protectInput(random: Random): ProtectInput {
  const roll = random.next()
  const rosh: RoshLevel = roll < 0.3 ? 'low' : roll < 0.75 ? 'medium' : roll < 0.95 ? 'high' : 'very-high'
  const mappaRoll = random.next()
  const mappa: MappaLevel = mappaRoll < 0.85 ? 'none' : mappaRoll < 0.95 ? '1' : mappaRoll < 0.99 ? '2' : '3'
  const flags = COMPLEXITY_FLAGS.filter(() => random.chance(0.12))
  return { rosh, rsrPercent: random.int(50, 1200) / 100, mappa, flags }
}

async function seedTiers(tx: Db, today: IsoDate, random: Random) {
  const people = await sql<{
    id: string
    setter: string | null
    first_on: string
  }>`select p.id, coalesce(p.com_id, p.pom_id) as setter,
      to_char(coalesce((select min(a.allocated_at) from allocation a where a.person_id = p.id),
        p.created_at) at time zone 'Europe/London', 'YYYY-MM-DD') as first_on
    from person p order by p.crn`.execute(tx)
  const answers = await sql<{
    person_id: string
    kind: string
    pathway: string
    status: string
    urgency: string | null
  }>`
    select s.person_id, s.kind, sp.pathway, sp.status, sp.urgency
    from needs_screening s join needs_screening_pathway sp on sp.screening_id = s.id
    order by s.person_id, s.kind`.execute(tx)
  const needsOf = new Map<string, Map<string, AssessedNeed>>()
  for (const a of answers.rows) {
    const byPathway = needsOf.get(a.person_id) ?? new Map()
    // Arrival first, then the pre-release review: the later answer replaces the earlier one.
    byPathway.set(a.pathway, { pathway: a.pathway, status: a.status, urgency: a.urgency as AssessedNeed['urgency'] })
    needsOf.set(a.person_id, byPathway)
  }
  const rows = people.rows.flatMap(p => {
    const needs = needsOf.has(p.id) ? [...needsOf.get(p.id)!.values()] : null
    const first = protectInput(random)
    const firstOn = p.first_on > today ? today : p.first_on
    const entries = [{ input: first, on: firstOn }]
    const retiered = addDays(today, -random.int(3, 60))
    if (random.chance(0.33) && retiered > firstOn) entries.push({ input: protectInput(random), on: retiered })
    return entries.map(({ input, on }) => {
      const result = tierOf(input, needs)
      return {
        person_id: p.id,
        tier: result.tier,
        model: result.model,
        rosh: input.rosh,
        rsr_percent: input.rsrPercent,
        mappa: input.mappa,
        flags: [...input.flags],
        protect_points: result.protect.points,
        change_points: result.change.points,
        needs_assessed: result.change.assessed,
        set_on: on,
        set_by: p.setter,
        created_at: new Date(`${on}T12:00:00Z`),
      }
    })
  })
  if (rows.length) await tx.insertInto('person_tier').values(rows).execute()
}
