import { sql } from 'kysely'
import { ABSOLUTE_TIMEOUT_HOURS, IDLE_TIMEOUT_MINUTES } from '../../platform/auth/session-store.ts'
import type { Db } from '../../platform/db/database.ts'

/** Sessions that have not run out: the same timeouts as signing in with them (session-store.ts). */
const live = sql<boolean>`last_seen_at > now() - make_interval(mins => ${IDLE_TIMEOUT_MINUTES})
  and created_at > now() - make_interval(hours => ${ABSOLUTE_TIMEOUT_HOURS})`

export function createAccountSessionsRepository(db: Db) {
  return {
    /** The user's live sessions, newest use first; never the token's hash. */
    async liveFor(userId: string) {
      return db
        .selectFrom('session')
        .select(['public_id', 'id_hash', 'device', 'created_at', 'last_seen_at'])
        .where('user_id', '=', userId)
        .where(live)
        .orderBy('last_seen_at', 'desc')
        .orderBy('created_at', 'desc')
        .execute()
    },

    /** Ends one of the user's sessions, not the one given by `keepHash`; says whether there was one to end. */
    async endOne(userId: string, publicId: string, keepHash: string): Promise<boolean> {
      const ended = await db
        .deleteFrom('session')
        .where('user_id', '=', userId)
        .where('public_id', '=', publicId)
        .where('id_hash', '<>', keepHash)
        .executeTakeFirst()
      return Number(ended.numDeletedRows) > 0
    },

    /** Ends every session of the user but the one given by `keepHash`; returns how many were ended. */
    async endOthers(userId: string, keepHash: string): Promise<number> {
      const ended = await db
        .deleteFrom('session')
        .where('user_id', '=', userId)
        .where('id_hash', '<>', keepHash)
        .executeTakeFirst()
      return Number(ended.numDeletedRows)
    },
  }
}

export type AccountSessionsRepository = ReturnType<typeof createAccountSessionsRepository>
