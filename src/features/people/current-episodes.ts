import type { Db } from '../../platform/db/database.ts'

/**
 * Each person's current custody episode (the latest sentence), for many people in one statement: the
 * batch lookups behind caseload deadlines must never run a query per person.
 */
export function currentEpisodes(db: Db, personIds: readonly string[]) {
  return db
    .selectFrom('custody_episode')
    .distinctOn('person_id')
    .where('person_id', 'in', personIds)
    .orderBy('person_id')
    .orderBy('sentence_start_date', 'desc')
}
