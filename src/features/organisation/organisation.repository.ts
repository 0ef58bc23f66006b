import type { Db } from '../../platform/db/database.ts'
import type { Role } from '../../platform/db/schema.ts'

export function createOrganisationRepository(db: Db) {
  return {
    async prisons() {
      return db.selectFrom('prison').select(['id', 'code', 'name']).orderBy('name').execute()
    },

    async pdus() {
      return db.selectFrom('pdu').select(['id', 'name']).orderBy('name').execute()
    },

    async teams() {
      return db
        .selectFrom('team')
        .innerJoin('pdu', 'pdu.id', 'team.pdu_id')
        .select(['team.id', 'team.code', 'team.name', 'pdu.name as pdu_name'])
        .orderBy('pdu.name')
        .orderBy('team.name')
        .execute()
    },

    async partnerOrganisations() {
      return db.selectFrom('partner_organisation').select(['id', 'name']).orderBy('name').execute()
    },

    async staffMember(id: string) {
      return db
        .selectFrom('app_user as u')
        .leftJoin('team', 'team.id', 'u.team_id')
        .select(['u.id', 'u.role', 'u.display_name', 'u.team_id', 'u.prison_id', 'u.active', 'team.pdu_id'])
        .where('u.id', '=', id)
        .executeTakeFirst()
    },

    /** Practitioners of one role who work in the PDU of a team, for allocation lists. */
    async staffInPduOf(teamId: string, role: Role) {
      return db
        .selectFrom('app_user as u')
        .innerJoin('team', 'team.id', 'u.team_id')
        .select(['u.id', 'u.display_name', 'team.name as team_name'])
        .where('u.role', '=', role)
        .where('u.active', '=', true)
        .where('team.pdu_id', '=', db.selectFrom('team').select('pdu_id').where('id', '=', teamId))
        .orderBy('u.display_name')
        .execute()
    },

    async staffInPrison(prisonId: string, role: Role) {
      return db
        .selectFrom('app_user')
        .select(['id', 'display_name'])
        .where('role', '=', role)
        .where('active', '=', true)
        .where('prison_id', '=', prisonId)
        .orderBy('display_name')
        .execute()
    },
  }
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>
