import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

export interface PendingLogin {
  id_hash: string
  state: string
  nonce: string
  code_verifier: string
  return_to: string
}

export function createSsoRepository(db: Db) {
  return {
    async saveLogin(login: PendingLogin, maxAgeMinutes: number) {
      // Sign-ins never finished are removed as new ones start, so that the table holds minutes of them at most.
      await db
        .deleteFrom('sso_login')
        .where('created_at', '<=', sql<Date>`now() - make_interval(mins => ${maxAgeMinutes})`)
        .execute()
      await db.insertInto('sso_login').values(login).execute()
    },

    /** Removes the sign-in and returns it, once: a second callback with the same cookie finds nothing. */
    async takeLogin(idHash: string, maxAgeMinutes: number): Promise<PendingLogin | undefined> {
      const row = await db
        .deleteFrom('sso_login')
        .where('id_hash', '=', idHash)
        .returning(['id_hash', 'state', 'nonce', 'code_verifier', 'return_to', 'created_at'])
        .returning(sql<boolean>`created_at > now() - make_interval(mins => ${maxAgeMinutes})`.as('fresh'))
        .executeTakeFirst()
      return row?.fresh ? row : undefined
    },

    async userForIdentity(issuer: string, subject: string) {
      return db
        .selectFrom('sso_identity as i')
        .innerJoin('app_user as u', 'u.id', 'i.user_id')
        .select(['u.id', 'u.username', 'u.role', 'u.active'])
        .where('i.issuer', '=', issuer)
        .where('i.subject', '=', subject)
        .executeTakeFirst()
    },

    async signedIn(issuer: string, subject: string) {
      await db
        .updateTable('sso_identity')
        .set({ last_signed_in_at: new Date() })
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .execute()
    },

    async userByUsername(username: string) {
      return db
        .selectFrom('app_user')
        .select(['id', 'username', 'role', 'active'])
        .where(eb => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .executeTakeFirst()
    },

    async identitiesAt(issuer: string, userId: string, subject: string) {
      return db
        .selectFrom('sso_identity')
        .select(['subject', 'user_id'])
        .where('issuer', '=', issuer)
        .where(eb => eb.or([eb('user_id', '=', userId), eb('subject', '=', subject)]))
        .execute()
    },

    async link(identity: { issuer: string; subject: string; userId: string; linkedBy: string }, tx: Db = db) {
      await tx
        .insertInto('sso_identity')
        .values({
          issuer: identity.issuer,
          subject: identity.subject,
          user_id: identity.userId,
          linked_by: identity.linkedBy,
        })
        .onConflict(oc => oc.columns(['issuer', 'subject']).doNothing())
        .execute()
    },

    async unlink(issuer: string, userId: string, tx: Db = db): Promise<string | undefined> {
      const row = await tx
        .deleteFrom('sso_identity')
        .where('issuer', '=', issuer)
        .where('user_id', '=', userId)
        .returning('subject')
        .executeTakeFirst()
      return row?.subject
    },

    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      return db.transaction().execute(work)
    },
  }
}

export type SsoRepository = ReturnType<typeof createSsoRepository>
