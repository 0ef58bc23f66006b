import { sql, type SqlBool } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

/** The most people listed as waiting for a COM on the dashboard; the count says how many there are in all. */
export const UNALLOCATED_SHOWN = 50

const EPISODE_COLUMNS = [
  'latest.id',
  'latest.person_id',
  'latest.release_date',
  'latest.licence_expiry_date',
  'latest.earliest_release_date',
  'latest.handover_date',
  'latest.com_allocation_overdue_from',
] as const

export function createWorkloadRepository(db: Db) {
  /** COMs with their grade and hours (none recorded: null). */
  const practitioners = () =>
    db
      .selectFrom('app_user as u')
      .innerJoin('team', 'team.id', 'u.team_id')
      .leftJoin('practitioner_hours as h', 'h.staff_id', 'u.id')
      .select(['u.id', 'u.display_name', 'u.team_id', 'team.name as team_name', 'h.grade', 'h.contracted_hours'])
      .where('u.role', '=', 'com')
      .where('u.active', '=', true)
      .orderBy('u.display_name')
      .orderBy('u.id')

  return {
    async tierHistory(personId: string) {
      return db
        .selectFrom('person_tier as t')
        .leftJoin('app_user as u', 'u.id', 't.set_by')
        .selectAll('t')
        .select('u.display_name as set_by_name')
        .where('t.person_id', '=', personId)
        .orderBy('t.set_on', 'desc')
        .orderBy('t.created_at', 'desc')
        .execute()
    },

    async insertTier(
      tx: Db,
      row: {
        person_id: string
        tier: string
        model: string
        rosh: string
        rsr_percent: number
        mappa: string
        flags: string[]
        protect_points: number
        change_points: number
        needs_assessed: boolean
        set_on: string
        set_by: string
      },
    ) {
      return tx.insertInto('person_tier').values(row).returning('id').executeTakeFirstOrThrow()
    },

    /** The COMs of one team. */
    teamPractitioners: (teamId: string) => practitioners().where('u.team_id', '=', teamId).execute(),

    /** The COMs of the PDU a team belongs to: who a manager may allocate. */
    pduPractitioners: (teamId: string) =>
      practitioners()
        .where('team.pdu_id', '=', db.selectFrom('team').select('pdu_id').where('id', '=', teamId))
        .execute(),

    practitioner: (staffId: string) => practitioners().where('u.id', '=', staffId).executeTakeFirst(),

    async reductions(staffIds: readonly string[]) {
      if (!staffIds.length) return []
      return db
        .selectFrom('workload_reduction')
        .selectAll()
        .where('staff_id', 'in', staffIds)
        .orderBy('start_date', 'desc')
        .orderBy('created_at', 'desc')
        .execute()
    },

    async setHours(tx: Db, staffId: string, grade: string, hours: number, by: string) {
      await tx
        .insertInto('practitioner_hours')
        .values({ staff_id: staffId, grade, contracted_hours: hours, updated_by: by, updated_at: new Date() })
        .onConflict(oc =>
          oc.column('staff_id').doUpdateSet({ grade, contracted_hours: hours, updated_by: by, updated_at: new Date() }),
        )
        .execute()
    },

    async addReduction(
      tx: Db,
      row: {
        staff_id: string
        hours: number
        reason: string
        start_date: string
        end_date: string | null
        created_by: string
      },
    ) {
      return tx.insertInto('workload_reduction').values(row).returning('id').executeTakeFirstOrThrow()
    },

    /** The court reports of these practitioners due on or after a day, latest due first: one query for a team. */
    async courtReports(staffIds: readonly string[], dueFrom: string) {
      if (!staffIds.length) return []
      return db
        .selectFrom('court_report')
        .select(['id', 'staff_id', 'type', 'court', 'requested_on', 'due_on'])
        .where('staff_id', 'in', staffIds)
        .where('due_on', '>=', dueFrom)
        .orderBy('due_on', 'desc')
        .orderBy('requested_on', 'desc')
        .orderBy('id')
        .execute()
    },

    async addCourtReport(
      tx: Db,
      row: { staff_id: string; type: string; court: string; requested_on: string; due_on: string; created_by: string },
    ) {
      return tx.insertInto('court_report').values(row).returning('id').executeTakeFirstOrThrow()
    },

    /** Removes one of a practitioner's reports; false when they have no such report. */
    async removeCourtReport(tx: Db, staffId: string, reportId: string) {
      const removed = await tx
        .deleteFrom('court_report')
        .where('id', '=', reportId)
        .where('staff_id', '=', staffId)
        .executeTakeFirst()
      return removed.numDeletedRows === 1n
    },

    /** The cases these practitioners hold now, each with its tier now and its current custody episode: one query. */
    async heldCases(staffIds: readonly string[]) {
      if (!staffIds.length) return []
      return db
        .selectFrom('person as p')
        .leftJoinLateral(
          eb =>
            eb
              .selectFrom('custody_episode as latest')
              .select(EPISODE_COLUMNS)
              .whereRef('latest.person_id', '=', 'p.id')
              .orderBy('latest.sentence_start_date', 'desc')
              .limit(1)
              .as('e'),
          join => join.onTrue(),
        )
        .leftJoinLateral(
          eb =>
            eb
              .selectFrom('person_tier as t')
              .select('t.tier')
              .whereRef('t.person_id', '=', 'p.id')
              .orderBy('t.set_on', 'desc')
              .orderBy('t.created_at', 'desc')
              .limit(1)
              .as('t'),
          join => join.onTrue(),
        )
        .select([
          'p.id',
          'p.com_id',
          't.tier',
          'e.id as episode_id',
          'e.release_date',
          'e.licence_expiry_date',
          'e.earliest_release_date',
          'e.handover_date',
          'e.com_allocation_overdue_from',
        ])
        .where('p.com_id', 'in', staffIds)
        .execute()
    },

    /**
     * What the weekly history needs of everyone these practitioners held since `from`: every COM allocation of
     * those people, their tier history, their current custody episode, and whether their COM is recorded with no
     * allocation history at all. Four queries, whatever the number of people.
     */
    async historyOf(staffIds: readonly string[], from: string) {
      if (!staffIds.length) return { allocations: [], tiers: [], episodes: [], unrecorded: [] }
      // Everyone they hold now, and everyone allocated to them who did not move to another COM before the window.
      const concerned = sql<string>`(select a.person_id from allocation a where a.kind = 'com'
          and a.staff_id in (${sql.join(staffIds)})
          and not exists (select 1 from allocation b where b.person_id = a.person_id and b.kind = 'com'
            and b.allocated_at > a.allocated_at and b.allocated_at < ${from}::date)
        union select p.id from person p where p.com_id in (${sql.join(staffIds)}))`
      const allocations = await db
        .selectFrom('allocation as a')
        .select([
          'a.person_id',
          'a.staff_id',
          sql<string>`to_char(a.allocated_at at time zone 'Europe/London', 'YYYY-MM-DD')`.as('allocated_on'),
        ])
        .where('a.kind', '=', 'com')
        .where(sql<SqlBool>`a.person_id in ${concerned}`)
        .orderBy('a.allocated_at')
        .orderBy('a.id')
        .execute()
      const tiers = await db
        .selectFrom('person_tier')
        .select(['person_id', 'tier', 'set_on'])
        .where(sql<SqlBool>`person_id in ${concerned}`)
        .execute()
      const episodes = await db
        .selectFrom('custody_episode')
        .distinctOn('person_id')
        .select(['person_id', 'release_date', 'licence_expiry_date'])
        .where(sql<SqlBool>`person_id in ${concerned}`)
        .orderBy('person_id')
        .orderBy('sentence_start_date', 'desc')
        .execute()
      const unrecorded = await db
        .selectFrom('person as p')
        .select(['p.id', 'p.com_id'])
        .where('p.com_id', 'in', staffIds)
        .where(eb =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('allocation as a')
                .select('a.id')
                .whereRef('a.person_id', '=', 'p.id')
                .where('a.kind', '=', 'com'),
            ),
          ),
        )
        .execute()
      return { allocations, tiers, episodes, unrecorded }
    },

    /** People of the team's PDU with a custody episode and no COM: how many, how many overdue, and the first few. */
    async unallocated(teamId: string, today: string) {
      return db
        .selectFrom('person as p')
        .innerJoinLateral(
          eb =>
            eb
              .selectFrom('custody_episode as latest')
              .select(EPISODE_COLUMNS)
              .whereRef('latest.person_id', '=', 'p.id')
              .orderBy('latest.sentence_start_date', 'desc')
              .limit(1)
              .as('e'),
          join => join.onTrue(),
        )
        .select([
          'p.id',
          'p.crn',
          'p.first_name',
          'p.last_name',
          'e.handover_date',
          'e.earliest_release_date',
          'e.com_allocation_overdue_from',
          sql<number>`count(*) over ()`.as('total'),
          sql<number>`count(*) filter (where e.com_allocation_overdue_from <= ${today}::date) over ()`.as('overdue'),
        ])
        .where('p.com_id', 'is', null)
        .where('e.release_date', 'is', null)
        .where('p.pdu_id', '=', db.selectFrom('team').select('pdu_id').where('id', '=', teamId))
        .orderBy(sql`e.com_allocation_overdue_from asc nulls last`)
        .orderBy('p.sort_name')
        .orderBy('p.id')
        .limit(UNALLOCATED_SHOWN)
        .execute()
    },

    async insertDecision(
      tx: Db,
      row: {
        person_id: string
        staff_id: string
        ranked: number
        advised_staff_id: string | null
        reason: string
        decided_by: string
      },
    ) {
      return tx.insertInto('allocation_decision').values(row).returning('id').executeTakeFirstOrThrow()
    },

    async decisions(personId: string) {
      return db
        .selectFrom('allocation_decision as d')
        .innerJoin('app_user as s', 's.id', 'd.staff_id')
        .innerJoin('app_user as by', 'by.id', 'd.decided_by')
        .select([
          'd.id',
          'd.ranked',
          'd.reason',
          'd.decided_at',
          's.display_name as staff_name',
          'by.display_name as decided_by_name',
        ])
        .where('d.person_id', '=', personId)
        .orderBy('d.decided_at', 'desc')
        .execute()
    },
  }
}

export type WorkloadRepository = ReturnType<typeof createWorkloadRepository>
