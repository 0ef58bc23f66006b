import type { Db } from '../../platform/db/database.ts'
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
  }
}

export type AuthRepository = ReturnType<typeof createAuthRepository>
