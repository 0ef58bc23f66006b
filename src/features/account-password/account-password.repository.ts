import type { Db } from '../../platform/db/database.ts'

export function createAccountPasswordRepository(db: Db) {
  return {
    /**
     * Saves the new hash and ends every session of the user but the one given by `keepHash`, in one transaction:
     * a session started with the old password does not outlive it. Returns how many sessions were ended.
     */
    async change(userId: string, passwordHash: string, keepHash: string): Promise<number> {
      return db.transaction().execute(async tx => {
        await tx.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', userId).execute()
        const ended = await tx
          .deleteFrom('session')
          .where('user_id', '=', userId)
          .where('id_hash', '<>', keepHash)
          .executeTakeFirst()
        return Number(ended.numDeletedRows)
      })
    },
  }
}

export type AccountPasswordRepository = ReturnType<typeof createAccountPasswordRepository>
