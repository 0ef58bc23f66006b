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

    async throttle(username: string): Promise<ThrottleState | undefined> {
      const row = await db
        .selectFrom('sign_in_throttle')
        .select(['failures', 'locked_until'])
        .where('username', '=', username.toLowerCase())
        .executeTakeFirst()
      return row && { failures: row.failures, lockedUntil: row.locked_until }
    },

    async saveThrottle(username: string, state: ThrottleState) {
      await db
        .insertInto('sign_in_throttle')
        .values({ username: username.toLowerCase(), failures: state.failures, locked_until: state.lockedUntil, last_failure_at: new Date() })
        .onConflict(oc =>
          oc.column('username').doUpdateSet({ failures: state.failures, locked_until: state.lockedUntil, last_failure_at: new Date() }),
        )
        .execute()
    },

    async clearThrottle(username: string) {
      await db.deleteFrom('sign_in_throttle').where('username', '=', username.toLowerCase()).execute()
    },
  }
}

export type AuthRepository = ReturnType<typeof createAuthRepository>
