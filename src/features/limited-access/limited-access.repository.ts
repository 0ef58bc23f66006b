import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { LimitedAccessEntryInput } from './limited-access.schemas.ts'

export function createLimitedAccessRepository(db: Db) {
  return {
    async entries(personId: string) {
      return db
        .selectFrom('limited_access as la')
        .innerJoin('app_user as u', 'u.id', 'la.user_id')
        .select(['la.id', 'la.kind', 'la.start_date', 'la.end_date', 'la.message', 'u.username', 'u.display_name'])
        .where('la.person_id', '=', personId)
        .orderBy('la.created_at')
        .execute()
    },

    /** The entries in force today on one person, naming whom: enough to say who is barred. */
    async inForce(personId: string, today: string) {
      return db
        .selectFrom('limited_access')
        .select(['kind', 'user_id'])
        .where('person_id', '=', personId)
        .where('start_date', '<=', today)
        .where(eb => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
        .execute()
    },

    async staffByUsername(username: string) {
      return db
        .selectFrom('app_user')
        .select(['id', 'role'])
        .where(eb => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .where('role', '!=', 'person')
        .executeTakeFirst()
    },

    async insert(tx: Db, personId: string, userId: string, entry: LimitedAccessEntryInput, by: string) {
      return tx
        .insertInto('limited_access')
        .values({
          person_id: personId,
          kind: entry.kind,
          user_id: userId,
          start_date: entry.startDate,
          end_date: entry.endDate ?? null,
          message: entry.message,
          created_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /**
     * Ends an entry so that it is not in force from today. One that had already started stays on record
     * with yesterday as its end; one that had not started yet never took effect and is removed.
     */
    async end(tx: Db, personId: string, entryId: string, today: string) {
      const ended = await tx
        .updateTable('limited_access')
        .set({ end_date: sql`${today}::date - 1` })
        .where('id', '=', entryId)
        .where('person_id', '=', personId)
        .where('start_date', '<', sql<string>`${today}::date`)
        .executeTakeFirst()
      if (ended.numUpdatedRows === 1n) return true
      const removed = await tx
        .deleteFrom('limited_access')
        .where('id', '=', entryId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
      return removed.numDeletedRows === 1n
    },
  }
}

export type LimitedAccessRepository = ReturnType<typeof createLimitedAccessRepository>
