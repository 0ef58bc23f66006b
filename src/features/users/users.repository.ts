import type { Db } from '../../platform/db/database.ts'
import type { Role } from '../../platform/db/schema.ts'

export interface NewUser {
  username: string
  displayName: string
  role: Role
  teamId: string | null
  prisonId: string | null
  partnerOrganisationId: string | null
  personId: string | null
  passwordHash: string
  demo?: boolean
}

export function createUsersRepository(db: Db) {
  return {
    async teamId(code: string) {
      return (await db.selectFrom('team').select('id').where('code', '=', code).executeTakeFirst())?.id
    },
    async prisonId(code: string) {
      return (await db.selectFrom('prison').select('id').where('code', '=', code).executeTakeFirst())?.id
    },
    async partnerId(name: string) {
      return (await db.selectFrom('partner_organisation').select('id').where('name', '=', name).executeTakeFirst())?.id
    },
    async personId(crn: string) {
      return (await db.selectFrom('person').select('id').where('crn', '=', crn).executeTakeFirst())?.id
    },
    async usernameTaken(username: string) {
      const row = await db
        .selectFrom('app_user')
        .select('id')
        .where(eb => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .executeTakeFirst()
      return Boolean(row)
    },
    async insert(users: NewUser[], executor: Db = db) {
      if (!users.length) return []
      return executor
        .insertInto('app_user')
        .values(
          users.map(u => ({
            username: u.username,
            display_name: u.displayName,
            role: u.role,
            team_id: u.teamId,
            prison_id: u.prisonId,
            partner_organisation_id: u.partnerOrganisationId,
            person_id: u.personId,
            password_hash: u.passwordHash,
            demo: u.demo ?? false,
          })),
        )
        .returning(['id', 'username'])
        .execute()
    },
    async updateScope(
      userId: string,
      role: Role,
      scope: { teamId: string | null; prisonId: string | null; partnerOrganisationId: string | null },
    ) {
      await db
        .updateTable('app_user')
        .set({
          role,
          team_id: scope.teamId,
          prison_id: scope.prisonId,
          partner_organisation_id: scope.partnerOrganisationId,
        })
        .where('id', '=', userId)
        .where('role', '!=', 'person')
        .execute()
    },
    async setDemoPasswords(passwordHash: string) {
      await db.updateTable('app_user').set({ password_hash: passwordHash }).where('demo', '=', true).execute()
    },
  }
}

export type UsersRepository = ReturnType<typeof createUsersRepository>
