import type { IsoDate } from '../dates/calendar-date.ts'
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'

/**
 * Something in a team that needs a manager's eye, offered by a feature to the manager's queue, which lists
 * them, takes sign-offs and measures oversight without knowing how any feature finds its items.
 */
export interface OversightItem {
  /** One kind per source, in lower case with hyphens, for example "release-without-accommodation". */
  kind: string
  /**
   * The record the item is about, stable while it waits: a custody episode's or a review's id. With the kind it
   * names what a sign-off signs off, so a new sentence or a new review is a new item.
   */
  subjectId: string
  personId: string
  /** Short and specific, for example "Release in 12 weeks with no accommodation". */
  label: string
  /** The date it has needed attention since, or falls due: the queue shows the oldest first. */
  since: IsoDate
  /** The page where it is done. */
  href: string
  /**
   * How it leaves the queue: `sign-off` when a manager signs it off in the queue, `done-there` when doing it on
   * its page clears it (a countersignature is signed on the recall page, never from the queue).
   */
  clears: 'sign-off' | 'done-there'
}

/** The manager's team, and the day it is asked on. */
export interface OversightTeam {
  teamId: string
  today: IsoDate
}

/** A feature's items for a whole team, each asked in one query whatever the team's size. */
export interface OversightItemSource {
  /** The kinds of item it gives, with how the queue names them. */
  kinds: Readonly<Record<string, string>>
  items(team: OversightTeam): Promise<OversightItem[]>
  /**
   * The team's people whose case a manager oversaw on or after `since` in this feature's own records (for
   * example a countersigned recall decision), in one query, for the share of cases with recorded oversight.
   */
  overseen?(team: OversightTeam, since: IsoDate): Promise<string[]>
}

/**
 * The ids of the people of a team (allocated to one of its COMs), as a subquery a source's one query filters by,
 * with each person's current custody episode (the latest sentence) where a source needs it.
 */
export function teamPeople(db: Db, teamId: string) {
  return db
    .selectFrom('person')
    .select('person.id')
    .where(
      'person.com_id',
      'in',
      db.selectFrom('app_user').select('app_user.id').where('app_user.team_id', '=', teamId),
    )
}

/** The current custody episode (the latest sentence) of each person of a team, to select from `as('e')`. */
export function teamCurrentEpisodes(db: Db, teamId: string) {
  return db
    .selectFrom('custody_episode')
    .distinctOn('custody_episode.person_id')
    .selectAll('custody_episode')
    .where('custody_episode.person_id', 'in', teamPeople(db, teamId))
    .orderBy('custody_episode.person_id')
    .orderBy('custody_episode.sentence_start_date', 'desc')
}

/**
 * The team's people with a record countersigned by a manager on or after `since` in a feature's table (a recall
 * decision, a certificate), in one query: an `overseen` answer for the share of cases with recorded oversight.
 */
export async function countersignedInTeam(
  db: Db,
  table: 'recall_review' | 'certificate',
  teamId: string,
  since: IsoDate,
): Promise<string[]> {
  const { rows } = await sql<{ person_id: string }>`select distinct person_id from ${sql.table(table)}
    where person_id in (${teamPeople(db, teamId)}) and countersigned_on >= ${since}`.execute(db)
  return rows.map(row => row.person_id)
}
