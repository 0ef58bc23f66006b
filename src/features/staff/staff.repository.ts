import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { Role } from '../../platform/db/schema.ts'

export const STAFF_PAGE_SIZE = 50

export interface StaffFilter {
  role?: Role
  teamId?: string
  page: number
}

export function createStaffRepository(db: Db) {
  const members = () =>
    db
      .selectFrom('app_user as u')
      .leftJoin('team as t', 't.id', 'u.team_id')
      .leftJoin('prison as p', 'p.id', 'u.prison_id')
      .leftJoin('partner_organisation as o', 'o.id', 'u.partner_organisation_id')
      .select([
        'u.id',
        'u.username',
        'u.display_name',
        'u.role',
        'u.active',
        't.code as team_code',
        't.name as team_name',
        'p.code as prison_code',
        'p.name as prison_name',
        'o.name as partner_name',
      ])
      .where('u.role', '!=', 'person')

  return {
    /** One page of staff, by name, with the total in the same statement. */
    async list({ role, teamId, page }: StaffFilter) {
      const rows = await members()
        .select(sql<string>`count(*) over ()`.as('total'))
        .$if(role !== undefined, q => q.where('u.role', '=', role!))
        .$if(teamId !== undefined, q => q.where('u.team_id', '=', teamId!))
        .orderBy('u.display_name')
        .orderBy('u.username')
        .limit(STAFF_PAGE_SIZE)
        .offset((page - 1) * STAFF_PAGE_SIZE)
        .execute()
      return { rows, total: Number(rows[0]?.total ?? 0) }
    },

    member: (id: string) => members().where('u.id', '=', id).executeTakeFirst(),

    async setActive(id: string, active: boolean) {
      await db.updateTable('app_user').set({ active }).where('id', '=', id).where('role', '!=', 'person').execute()
    },

    async teams() {
      return db
        .selectFrom('team as t')
        .innerJoin('pdu', 'pdu.id', 't.pdu_id')
        .leftJoin('app_user as u', join => join.onRef('u.team_id', '=', 't.id').on('u.active', '=', true))
        .select(['t.id', 't.code', 't.name', 'pdu.name as pdu_name', sql<string>`count(u.id)`.as('staff_count')])
        .groupBy(['t.id', 't.code', 't.name', 'pdu.name'])
        .orderBy('pdu.name')
        .orderBy('t.name')
        .execute()
    },

    async teamCodeTaken(code: string) {
      const row = await db
        .selectFrom('team')
        .select('id')
        .where(eb => eb(eb.fn('upper', ['code']), '=', code.toUpperCase()))
        .executeTakeFirst()
      return Boolean(row)
    },

    async pduExists(id: string) {
      return Boolean(await db.selectFrom('pdu').select('id').where('id', '=', id).executeTakeFirst())
    },

    async insertTeam(team: { code: string; name: string; pduId: string }) {
      return db
        .insertInto('team')
        .values({ code: team.code, name: team.name, pdu_id: team.pduId })
        .returning(['id', 'code', 'name'])
        .executeTakeFirstOrThrow()
    },
  }
}

export type StaffRepository = ReturnType<typeof createStaffRepository>
