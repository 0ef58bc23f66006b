import { sql } from 'kysely'
import { addDays, daysBetween, latest, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Reason } from '../people/index.ts'
import { CONTINUITY_WINDOW_WEEKS } from './continuity.rules.ts'

/** One person of the demo manager's team, as the plan of their practitioners reads them. */
interface DemoCase {
  personId: string
  comId: string
  arrivalDate: IsoDate
  handoverDate: IsoDate | null
  releaseDate: IsoDate | null
  /** The demo person's own account: their page shows a change and its letter. */
  ownAccount: boolean
}

/** A change of COM: who it was before, from when, and what the new COM was told. */
interface DemoChange {
  previousComId: string
  on: IsoDate
  reason: Reason
  handoverNote: string
  letterWanted: boolean
}

/** A person's COMs from the first allocation: the earlier ones, then the current one from the last change. */
interface DemoHistory {
  personId: string
  firstDay: IsoDate
  changes: DemoChange[]
}

const WINDOW_DAYS = CONTINUITY_WINDOW_WEEKS * 7

const HANDOVER_NOTES = [
  'Doing well at work on the warehouse night shift; finds early mornings hard, so book afternoons. Wants to keep seeing the same drug worker at Open Door.',
  'Living with his sister in Salford. Housing referral open with the council. Anxious about new people: meet him at the office the first time, not at home.',
  'Completed the thinking skills course in custody and talks about it with pride. Curfew is 7pm to 7am; no breaches so far. Mother is a good support.',
  'Has a new baby and is worried about money. Universal Credit claim made on release; chase the advance. Responds well to plain, direct talk.',
]

const REASONS_IN_TURN: Reason[] = ['staff-left', 'workload', 'moved-area', 'person-asked', 'risk-escalation']

/**
 * Who each chosen person's COMs were, for the continuity measures to count and the pages to show: released people
 * whose 12 weeks after release have passed either kept one COM from before the window (every third), or changed
 * COM within it (every third, with a reason and a handover note); some people not yet measured changed COM once,
 * one of them three times (the warning), and the demo person once, having asked for a letter. Every date is after
 * arrival and before today, in order. People not chosen keep the history the people demo gave them.
 */
function planHistories(cases: readonly DemoCase[], coms: readonly string[], today: IsoDate): DemoHistory[] {
  const plans: DemoHistory[] = []
  let warned = false
  cases.forEach((c, n) => {
    const others = coms.filter(id => id !== c.comId)
    if (!others.length) return
    const previous = (step: number) => others[(n + step) % others.length]!
    const change = (step: number, on: IsoDate, reason: Reason, letterWanted = false): DemoChange => ({
      previousComId: previous(step),
      on,
      reason,
      handoverNote: HANDOVER_NOTES[(n + step) % HANDOVER_NOTES.length]!,
      letterWanted,
    })
    // Before the first handover contact (handover.demo.ts): a few weeks before the handover, or soon after arrival.
    const from = latest(c.handoverDate, addDays(c.arrivalDate, 14))!
    const firstDay = latest(addDays(c.arrivalDate, 3), addDays(from, -28))!
    const lastDay = addDays(c.releaseDate && c.releaseDate < today ? c.releaseDate : today, -1)
    const span = daysBetween(firstDay, lastDay)
    const measured = c.releaseDate !== null && addDays(c.releaseDate, WINDOW_DAYS) <= today
    const reason = REASONS_IN_TURN[n % REASONS_IN_TURN.length]!

    if (c.ownAccount && span > 30) {
      plans.push({ personId: c.personId, firstDay, changes: [change(0, addDays(lastDay, -14), 'moved-area', true)] })
    } else if (measured && n % 3 === 0) {
      // A change within the 12 weeks after release: not kept.
      const on = addDays(c.releaseDate!, 21 + (n % 40))
      plans.push({ personId: c.personId, firstDay, changes: [change(0, on, reason, n % 2 === 0)] })
    } else if (measured && n % 3 === 1 && firstDay <= addDays(c.releaseDate!, -WINDOW_DAYS)) {
      // One COM from before the window to after it: kept.
      plans.push({ personId: c.personId, firstDay, changes: [] })
    } else if (!measured && !warned && span > 120) {
      warned = true
      const quarter = Math.floor(span / 4)
      const on = (k: number) => addDays(firstDay, quarter * k)
      const reasons: Reason[] = ['staff-left', 'workload', 'risk-escalation']
      plans.push({ personId: c.personId, firstDay, changes: reasons.map((r, k) => change(k, on(k + 1), r)) })
    } else if (!measured && n % 4 === 2 && span > 30) {
      plans.push({
        personId: c.personId,
        firstDay,
        changes: [change(0, addDays(firstDay, Math.floor(span / 2)), reason)],
      })
    }
  })
  return plans
}

/**
 * Changes of COM with their reasons and handover notes for the demo manager's team, so that the continuity pages,
 * the measures and the person's own page have something true to show. Runs after the people, handover and other
 * demos in the same transaction: the current COM's allocation is dated from the last change, the COMs before are
 * added, and the handover records made before a change are the earlier COM's.
 */
export async function seedContinuityDemo(tx: Db, today: IsoDate) {
  const manager = await tx
    .selectFrom('app_user')
    .select(['id', 'team_id'])
    .where('username', '=', 'manager')
    .executeTakeFirst()
  if (!manager?.team_id) return
  const coms = await tx
    .selectFrom('app_user')
    .select('id')
    .where('role', '=', 'com')
    .where('team_id', '=', manager.team_id)
    .orderBy('username')
    .execute()
  const cases = await teamCases(tx, manager.team_id)
  for (const plan of planHistories(
    cases,
    coms.map(c => c.id),
    today,
  )) {
    await applyHistory(tx, plan, cases.find(c => c.personId === plan.personId)!.comId, manager.id)
  }
}

async function teamCases(tx: Db, teamId: string): Promise<DemoCase[]> {
  const rows = await tx
    .selectFrom('person as p')
    .innerJoin('app_user as com', 'com.id', 'p.com_id')
    .innerJoinLateral(
      eb =>
        eb
          .selectFrom('custody_episode as e')
          .select(['e.arrival_date', 'e.handover_date', 'e.release_date'])
          .whereRef('e.person_id', '=', 'p.id')
          .orderBy('e.sentence_start_date', 'desc')
          .limit(1)
          .as('e'),
      join => join.onTrue(),
    )
    .leftJoin('app_user as account', 'account.person_id', 'p.id')
    .select(['p.id', 'p.com_id', 'e.arrival_date', 'e.handover_date', 'e.release_date', 'account.id as account_id'])
    .where('com.team_id', '=', teamId)
    .orderBy('p.crn')
    .execute()
  return rows.map(r => ({
    personId: r.id,
    comId: r.com_id!,
    arrivalDate: r.arrival_date,
    handoverDate: r.handover_date,
    releaseDate: r.release_date,
    ownAccount: r.account_id !== null,
  }))
}

/** 10 o'clock in London on the day given. */
const at = (day: IsoDate) => sql<Date>`(${day}::date + time '10:00') at time zone 'Europe/London'`

async function applyHistory(tx: Db, plan: DemoHistory, currentComId: string, managerId: string) {
  const coms = [...plan.changes.map(c => c.previousComId), currentComId]
  const days = [plan.firstDay, ...plan.changes.map(c => c.on)]
  for (const [k, comId] of coms.slice(0, -1).entries()) {
    const came = k === 0 ? null : plan.changes[k - 1]!
    await sql`insert into allocation (person_id, kind, staff_id, allocated_by, allocated_at, reason_code, handover_note,
        handover_meeting_date)
      values (${plan.personId}, 'com', ${comId}, ${managerId}, ${at(days[k]!)}, ${came?.reason ?? null},
        ${came?.handoverNote ?? null}, ${came ? addDays(came.on, -3) : null})`.execute(tx)
  }
  const last = plan.changes.at(-1)
  await sql`update allocation set allocated_at = ${at(days.at(-1)!)},
      allocated_by = coalesce(allocated_by, ${managerId}),
      reason_code = ${last?.reason ?? null}, handover_note = ${last?.handoverNote ?? null},
      handover_meeting_date = ${last ? addDays(last.on, -3) : null},
      handover_meeting_notes = ${last ? 'Three-way meeting at the probation office with both practitioners.' : null},
      letter_wanted = ${last?.letterWanted ?? false}
    where id = (select id from allocation where person_id = ${plan.personId} and kind = 'com' and staff_id = ${currentComId}
      order by allocated_at desc, id desc limit 1)`.execute(tx)
  // What was recorded before a change was recorded with the COM of the time: the latest change first, so that each
  // earlier one takes back what came before it.
  for (const change of [...plan.changes].reverse()) {
    for (const [table, day] of [
      ['handover_contact', 'contact_date'],
      ['handover_meeting', 'meeting_date'],
    ] as const) {
      await sql`update ${sql.table(table)} set com_id = ${change.previousComId}, recorded_by = ${change.previousComId}
        where person_id = ${plan.personId} and ${sql.ref(day)} < ${change.on}`.execute(tx)
    }
  }
}
