import type { Db } from '../../platform/db/database.ts'

/**
 * People on licence with the demo COM (and the demo person), the latest released first: for the demos of
 * supervision and recall.
 */
export async function demoLicenceCases(tx: Db, limit: number) {
  return tx
    .selectFrom('person as p')
    .innerJoin('app_user as com', 'com.id', 'p.com_id')
    .innerJoin('custody_episode as e', 'e.person_id', 'p.id')
    .leftJoin('app_user as account', 'account.person_id', 'p.id')
    .select(['p.id', 'p.com_id', 'e.release_date'])
    .where('e.release_date', 'is not', null)
    .where(eb => eb.or([eb('com.username', '=', 'com'), eb('account.username', '=', 'person')]))
    .orderBy('account.username')
    .orderBy('e.release_date', 'desc')
    .orderBy('p.crn')
    .limit(limit)
    .execute()
}
