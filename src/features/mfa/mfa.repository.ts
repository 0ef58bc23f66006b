import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

export function createMfaRepository(db: Db) {
  return {
    async credential(userId: string) {
      const row = await db
        .selectFrom('mfa_credential')
        .select(['secret_encrypted', 'confirmed_at', 'last_step'])
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return row && { ...row, last_step: row.last_step === null ? null : Number(row.last_step) }
    },

    /** A set-up not yet confirmed is replaced; a confirmed one is never overwritten here. */
    async savePending(userId: string, secretEncrypted: string) {
      await db
        .insertInto('mfa_credential')
        .values({ user_id: userId, secret_encrypted: secretEncrypted })
        .onConflict(oc =>
          oc
            .column('user_id')
            .doUpdateSet({ secret_encrypted: secretEncrypted, last_step: null, created_at: sql`now()` })
            .where('mfa_credential.confirmed_at', 'is', null),
        )
        .execute()
    },

    /**
     * Takes the time step if it is later than the last one taken, in one statement, so that two requests with the
     * same code at the same moment cannot both pass. `confirm` also ends the set-up. True when this step was taken.
     */
    async takeStep(userId: string, step: number, confirm: boolean, executor: Db = db): Promise<boolean> {
      const row = await executor
        .updateTable('mfa_credential')
        .set({ last_step: step, ...(confirm ? { confirmed_at: sql<Date>`now()` } : {}) })
        .where('user_id', '=', userId)
        .where(eb => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
        .where('confirmed_at', confirm ? 'is' : 'is not', null)
        .returning('user_id')
        .executeTakeFirst()
      return Boolean(row)
    },

    async replaceRecoveryCodes(userId: string, hashes: string[], executor: Db = db) {
      await executor.deleteFrom('mfa_recovery_code').where('user_id', '=', userId).execute()
      await executor
        .insertInto('mfa_recovery_code')
        .values(hashes.map(code_hash => ({ user_id: userId, code_hash })))
        .execute()
    },

    async recoveryCodes(userId: string) {
      return db
        .selectFrom('mfa_recovery_code')
        .select(['code_hash as codeHash', 'used_at as usedAt'])
        .where('user_id', '=', userId)
        .execute()
    },

    /** Marks the code used if it still was not: true for the one request that did. */
    async useRecoveryCode(userId: string, hash: string): Promise<boolean> {
      const row = await db
        .updateTable('mfa_recovery_code')
        .set({ used_at: sql<Date>`now()` })
        .where('user_id', '=', userId)
        .where('code_hash', '=', hash)
        .where('used_at', 'is', null)
        .returning('user_id')
        .executeTakeFirst()
      return Boolean(row)
    },

    async remove(userId: string, executor: Db = db) {
      await executor.deleteFrom('mfa_recovery_code').where('user_id', '=', userId).execute()
      await executor.deleteFrom('mfa_credential').where('user_id', '=', userId).execute()
      await executor.deleteFrom('mfa_challenge').where('user_id', '=', userId).execute()
    },

    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      return db.transaction().execute(work)
    },

    async startChallenge(idHash: string, userId: string) {
      await db
        .deleteFrom('mfa_challenge')
        .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
        .execute()
      await db.insertInto('mfa_challenge').values({ id_hash: idHash, user_id: userId }).execute()
    },

    async challenge(idHash: string) {
      return db
        .selectFrom('mfa_challenge as c')
        .innerJoin('app_user as u', 'u.id', 'c.user_id')
        .select(['c.user_id', 'c.created_at', 'u.username', 'u.role', 'u.active'])
        .where('c.id_hash', '=', idHash)
        .executeTakeFirst()
    },

    async endChallenge(idHash: string) {
      await db.deleteFrom('mfa_challenge').where('id_hash', '=', idHash).execute()
    },

    async usersWithMfa(userIds: readonly string[]) {
      if (!userIds.length) return new Set<string>()
      const rows = await db
        .selectFrom('mfa_credential')
        .select('user_id')
        .where('user_id', 'in', userIds)
        .where('confirmed_at', 'is not', null)
        .execute()
      return new Set(rows.map(row => row.user_id))
    },
  }
}

export type MfaRepository = ReturnType<typeof createMfaRepository>
