import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import type { CurrentUser } from './current-user.ts'
import { deviceSummary } from './device.ts'
import { newToken, sha256 } from './tokens.ts'

export const IDLE_TIMEOUT_MINUTES = 30
export const ABSOLUTE_TIMEOUT_HOURS = 12
/** The idle timeout may fall up to this much early: a fair price for not writing on every request. */
const TOUCH_INTERVAL_SECONDS = 60

interface SessionUser {
  id: string
  username: string
  display_name: string
  role: CurrentUser['role']
  team_id: string | null
  prison_id: string | null
  partner_organisation_id: string | null
  person_id: string | null
  language: 'en' | 'cy'
}

/** Server-side sessions in the database, so that any instance can serve any request. */
export function createSessionStore(db: Db) {
  return {
    /** Starts a new session (never reuses one) and returns the token for the cookie. */
    async start(userId: string, userAgent?: string): Promise<string> {
      const token = newToken()
      await db
        .insertInto('session')
        .values({ id_hash: sha256(token), user_id: userId, device: deviceSummary(userAgent) })
        .execute()
      return token
    },

    /**
     * Finds the live session's user, in one statement; expired sessions find nobody. The use is written at
     * most once a minute: otherwise every request of a busy user would queue on their session's row.
     */
    async resume(token: string): Promise<CurrentUser | undefined> {
      const hash = sha256(token)
      const { rows } = await sql<SessionUser>`
        with live as (
          select u.id, u.username, u.display_name, u.role, u.team_id, u.prison_id, u.partner_organisation_id,
                 u.person_id, u.language
            from session s join app_user u on u.id = s.user_id
           where s.id_hash = ${hash} and u.active
             and s.last_seen_at > now() - make_interval(mins => ${IDLE_TIMEOUT_MINUTES})
             and s.created_at > now() - make_interval(hours => ${ABSOLUTE_TIMEOUT_HOURS})
        ), touched as (
          update session set last_seen_at = now()
           where id_hash = ${hash} and exists (select 1 from live)
             and last_seen_at < now() - make_interval(secs => ${TOUCH_INTERVAL_SECONDS})
        )
        select * from live`.execute(db)
      const row = rows[0]
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
        language: row.language,
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
