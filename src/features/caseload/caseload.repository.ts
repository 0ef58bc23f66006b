import { sql, type SqlBool } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { STAGE_POLICY, type Stage } from './caseload.rules.ts'
import type { CaseloadOwner } from './caseload.policy.ts'
import type { CaseloadQuery } from './caseload.schemas.ts'

export const CASELOAD_PAGE_SIZE = 50

/** The SQL twin of `stageOf` in caseload.rules.ts; a test holds the two to the same answers. */
function stage(today: string) {
  return sql<Stage>`case
    when e.id is null then 'not-recorded'
    when e.release_date is not null then case
      when e.release_date > ${today}::date - ${STAGE_POLICY.recentlyReleasedDays}::int then 'released'
      when e.licence_expiry_date < ${today}::date then 'licence-ended'
      else 'on-licence' end
    when e.earliest_release_date <= ${today}::date + ${STAGE_POLICY.releaseSoonDays}::int then 'due-out'
    when e.handover_date <= ${today}::date + ${STAGE_POLICY.handoverSoonDays}::int then 'handover-due'
    else 'in-custody' end`
}

/** Each person with their current custody episode (the latest sentence) as `e`, or nulls without one. */
function peopleWithCurrentEpisode(db: Db) {
  return db.selectFrom('person as p').leftJoinLateral(
    eb =>
      eb
        .selectFrom('custody_episode as latest')
        .selectAll('latest')
        .whereRef('latest.person_id', '=', 'p.id')
        .orderBy('latest.sentence_start_date', 'desc')
        .limit(1)
        .as('e'),
    join => join.onTrue(),
  )
}

/**
 * A person of the caseload found by what a practitioner types: the start of their first or last name, or of
 * "Last, First" or "First Last", or their whole CRN.
 */
function named(q: string) {
  const prefix = `${q.toLowerCase().replace(/[\\%_]/g, c => `\\${c}`)}%`
  return sql<SqlBool>`(p.sort_name like ${prefix} or lower(p.first_name) like ${prefix}
    or lower(p.last_name || ', ' || p.first_name) like ${prefix} or lower(p.first_name || ' ' || p.last_name) like ${prefix}
    or p.crn = ${q.toUpperCase()})`
}

export function createCaseloadRepository(db: Db) {
  const awaitingComQuery = (teamId: string, today: string) =>
    peopleWithCurrentEpisode(db)
      .select([
        'p.id',
        'p.crn',
        'p.first_name',
        'p.last_name',
        'e.handover_date',
        'e.com_allocation_overdue_from',
        'e.earliest_release_date',
      ])
      .where('e.id', 'is not', null)
      .where('p.com_id', 'is', null)
      .where('p.pdu_id', '=', eb => eb.selectFrom('team').select('pdu_id').where('id', '=', teamId))
      .where('e.release_date', 'is', null)
      .where(
        sql<SqlBool>`coalesce(e.handover_date, e.com_allocation_overdue_from) <= ${today}::date + ${STAGE_POLICY.handoverSoonDays}::int`,
      )

  return {
    /** One page of a caseload with each person's current episode, its stage and the total, in one statement. */
    async page(owner: CaseloadOwner, today: string, query: CaseloadQuery) {
      const cases = peopleWithCurrentEpisode(db)
        .select([
          'p.id',
          'p.crn',
          'p.first_name',
          'p.last_name',
          'p.sort_name',
          'p.com_id',
          'e.release_date',
          'e.earliest_release_date',
          'e.licence_expiry_date',
          'e.handover_date',
          'e.com_allocation_overdue_from',
          stage(today).as('stage'),
        ])
        .where(eb =>
          owner.kind === 'team'
            ? eb('p.com_id', 'in', eb.selectFrom('app_user').select('id').where('team_id', '=', owner.teamId))
            : eb(owner.kind === 'com' ? 'p.com_id' : 'p.pom_id', '=', owner.userId),
        )
        .$if(Boolean(query.q), qb => qb.where(named(query.q!)))
      const rows = await db
        .selectFrom(cases.as('c'))
        .selectAll('c')
        .select(sql<number>`count(*) over ()`.as('total'))
        .$if(Boolean(query.stage), qb => qb.where('c.stage', '=', query.stage!))
        // The SQL twin of `byRelease` in caseload.rules.ts: releases to come, soonest first; releases past, the
        // most recent first; no date last.
        .$if(query.sort === 'release', qb =>
          qb
            .orderBy(
              sql`case when c.release_date is not null then 1 when c.earliest_release_date is not null then 0 else 2 end`,
            )
            .orderBy(sql`case when c.release_date is null then c.earliest_release_date end asc`)
            .orderBy(sql`c.release_date desc nulls last`),
        )
        .orderBy('c.sort_name')
        .orderBy('c.id')
        .limit(CASELOAD_PAGE_SIZE)
        .offset((query.page - 1) * CASELOAD_PAGE_SIZE)
        .execute()
      return { rows, total: rows[0]?.total ?? 0 }
    },

    /**
     * People of the team's PDU in custody with no COM whose handover (or, where the COM holds the case from
     * the start, the allocation deadline) is within the window or past: most urgent first, one page.
     */
    async awaitingCom(teamId: string, today: string, page: number) {
      const rows = await awaitingComQuery(teamId, today)
        .select(sql<number>`count(*) over ()`.as('total'))
        .orderBy('e.com_allocation_overdue_from')
        .orderBy('p.sort_name')
        .orderBy('p.id')
        .limit(CASELOAD_PAGE_SIZE)
        .offset((page - 1) * CASELOAD_PAGE_SIZE)
        .execute()
      return { rows, total: rows[0]?.total ?? 0 }
    },

    /** Every one of them, for the manager's queue, in one query: a PDU's waiting list is short. */
    async allAwaitingCom(teamId: string, today: string) {
      return awaitingComQuery(teamId, today).select('e.id as episode_id').execute()
    },
  }
}

export type CaseloadRepository = ReturnType<typeof createCaseloadRepository>
export type CaseloadRow = Awaited<ReturnType<CaseloadRepository['page']>>['rows'][number]
export type AwaitingComRow = Awaited<ReturnType<CaseloadRepository['awaitingCom']>>['rows'][number]
