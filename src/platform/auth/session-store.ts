import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import type { CurrentUser } from './current-user.ts'
import { newToken, sha256 } from './tokens.ts'

export const IDLE_TIMEOUT_MINUTES = 30
export const ABSOLUTE_TIMEOUT_HOURS = 12

/** Server-side sessions in the database, so that any instance can serve any request. */
export function createSessionStore(db: Db) {
  return {
    /** Starts a new session (never reuses one) and returns the token for the cookie. */
    async start(userId: string): Promise<string> {
      const token = newToken()
      await db
        .insertInto('session')
        .values({ id_hash: sha256(token), user_id: userId })
        .execute()
      return token
    },

    /** Finds the live session's user and marks it used, in one statement; expired sessions find nobody. */
    async resume(token: string): Promise<CurrentUser | undefined> {
      const row = await db
        .updateTable('session')
        .set({ last_seen_at: sql`now()` })
        .from('app_user')
        .whereRef('app_user.id', '=', 'session.user_id')
        .where('session.id_hash', '=', sha256(token))
        .where('app_user.active', '=', true)
        .where('session.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${IDLE_TIMEOUT_MINUTES})`)
        .where('session.created_at', '>', sql<Date>`now() - make_interval(hours => ${ABSOLUTE_TIMEOUT_HOURS})`)
        .returning([
          'app_user.id',
          'app_user.username',
          'app_user.display_name',
          'app_user.role',
          'app_user.team_id',
          'app_user.prison_id',
          'app_user.partner_organisation_id',
          'app_user.person_id',
        ])
        .executeTakeFirst()
      if (!row) return undefined
      return {
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        teamId: row.team_id,
        prisonId: row.prison_id,
        partnerOrganisationId: row.partner_organisation_id,
        personId: row.person_id,
      }
    },

    async end(token: string): Promise<void> {
      await db.deleteFrom('session').where('id_hash', '=', sha256(token)).execute()
    },

    async endAllFor(userId: string): Promise<void> {
      await db.deleteFrom('session').where('user_id', '=', userId).execute()
    },

    async removeExpired(): Promise<void> {
      await db
        .deleteFrom('session')
        .where(eb =>
          eb.or([
            eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${IDLE_TIMEOUT_MINUTES})`),
            eb('created_at', '<=', sql<Date>`now() - make_interval(hours => ${ABSOLUTE_TIMEOUT_HOURS})`),
          ]),
        )
        .execute()
    },
  }
}

export type SessionStore = ReturnType<typeof createSessionStore>
