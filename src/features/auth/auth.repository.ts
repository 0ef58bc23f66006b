import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { SOURCE_WINDOW_MINUTES, type SourceWindow } from './sign-in-limits.rules.ts'
import type { ThrottleState } from './sign-in.rules.ts'

export function createAuthRepository(db: Db) {
  return {
    async userByUsername(username: string) {
      return db
        .selectFrom('app_user')
        .select(['id', 'username', 'password_hash', 'active', 'role'])
        .where(eb => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .executeTakeFirst()
    },

    /**
     * Saves `change` of the username's throttle state in one transaction that holds its row, so that
     * attempts sent at the same moment each see the one before. Returns the state as it was.
     */
    async countAttempt(username: string, change: (state: ThrottleState) => ThrottleState): Promise<ThrottleState> {
      const key = username.toLowerCase()
      return db.transaction().execute(async tx => {
        await tx
          .insertInto('sign_in_throttle')
          .values({ username: key, failures: 0 })
          .onConflict(oc => oc.column('username').doNothing())
          .execute()
        const row = await tx
          .selectFrom('sign_in_throttle')
          .select(['failures', 'locked_until'])
          .where('username', '=', key)
          .forUpdate()
          .executeTakeFirstOrThrow()
        const before = { failures: row.failures, lockedUntil: row.locked_until }
        const after = change(before)
        await tx
          .updateTable('sign_in_throttle')
          .set({ failures: after.failures, locked_until: after.lockedUntil, last_failure_at: new Date() })
          .where('username', '=', key)
          .execute()
        return before
      })
    },

    async clearThrottle(username: string) {
      await db.deleteFrom('sign_in_throttle').where('username', '=', username.toLowerCase()).execute()
    },

    /**
     * Counts an attempt from the source in one statement (so that a burst is counted one by one), starting a new
     * window when the last has run out; returns the window with this attempt in it.
     */
    async countSourceAttempt(source: string): Promise<SourceWindow> {
      const { rows } = await sql<{ failures: number; window_started_at: Date }>`
        insert into sign_in_source_throttle as t (source, failures, window_started_at) values (${source}, 1, now())
        on conflict (source) do update set
          failures = case when t.window_started_at <= now() - make_interval(mins => ${SOURCE_WINDOW_MINUTES})
                          then 1 else t.failures + 1 end,
          window_started_at = case when t.window_started_at <= now() - make_interval(mins => ${SOURCE_WINDOW_MINUTES})
                                   then now() else t.window_started_at end
        returning failures, window_started_at`.execute(db)
      const row = rows[0]!
      return { failures: row.failures, windowStartedAt: new Date(row.window_started_at) }
    },

    /** A sign-in that succeeds does not count against its source (nor clear what others from there failed). */
    async uncountSourceAttempt(source: string) {
      await db
        .updateTable('sign_in_source_throttle')
        .set(eb => ({ failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)` }))
        .where('source', '=', source)
        .execute()
    },

    /** Forgets windows that have run out, so that the table holds only sources seen in the last window. */
    async removeLapsedSourceWindows() {
      await db
        .deleteFrom('sign_in_source_throttle')
        .where('window_started_at', '<=', sql<Date>`now() - make_interval(mins => ${SOURCE_WINDOW_MINUTES})`)
        .execute()
    },
  }
}

export type AuthRepository = ReturnType<typeof createAuthRepository>
