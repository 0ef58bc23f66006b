import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

/** The day of an allocation in England and Wales, whatever the server's time zone. */
const allocatedOn = sql<string>`to_char(a.allocated_at at time zone 'Europe/London', 'YYYY-MM-DD')`

export function createContinuityRepository(db: Db) {
  return {
    /**
     * Every allocation of every person whose COM is in the team, with their latest custody episode's sentence
     * start and release, in one statement (people with no allocation at all have no COM, so are not there).
     */
    async teamHistories(teamId: string) {
      return db
        .selectFrom('person as p')
        .innerJoin('app_user as com', 'com.id', 'p.com_id')
        .innerJoin('allocation as a', 'a.person_id', 'p.id')
        .leftJoinLateral(
          eb =>
            eb
              .selectFrom('custody_episode as latest')
              .select(['latest.sentence_start_date', 'latest.release_date'])
              .whereRef('latest.person_id', '=', 'p.id')
              .orderBy('latest.sentence_start_date', 'desc')
              .limit(1)
              .as('e'),
          join => join.onTrue(),
        )
        .select([
          'p.id as person_id',
          'p.first_name',
          'p.last_name',
          'com.display_name as com_name',
          'a.kind',
          'a.staff_id',
          allocatedOn.as('allocated_on'),
          'e.sentence_start_date',
          'e.release_date',
        ])
        .where('com.team_id', '=', teamId)
        .orderBy('p.sort_name')
        .orderBy('p.id')
        .orderBy('a.allocated_at')
        .orderBy('a.id')
        .execute()
    },

    /**
     * A person's allocations in the order they were made, with who was allocated and by whom, for the case page,
     * the person's own page and the timeline; the caller has opened the case.
     */
    async history(personId: string) {
      return db
        .selectFrom('allocation as a')
        .leftJoin('app_user as staff', 'staff.id', 'a.staff_id')
        .leftJoin('app_user as by', 'by.id', 'a.allocated_by')
        .select([
          'a.id',
          'a.kind',
          'a.staff_id',
          'a.reason_code',
          'a.reason',
          'a.handover_note',
          'a.handover_meeting_date',
          'a.handover_meeting_notes',
          'a.letter_wanted',
          'a.allocated_at',
          allocatedOn.as('allocated_on'),
          'staff.display_name as staff_name',
          'by.display_name as allocated_by_name',
        ])
        .where('a.person_id', '=', personId)
        .orderBy('a.allocated_at')
        .orderBy('a.id')
        .execute()
    },
  }
}

export type ContinuityRepository = ReturnType<typeof createContinuityRepository>
