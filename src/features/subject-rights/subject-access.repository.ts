import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { SubjectAccessTable } from '../../platform/privacy/subject-access.ts'

export const FIND_LIMIT = 50

export type HeldRow = Record<string, unknown>

export function createSubjectAccessRepository(db: Db) {
  return {
    /** People by CRN or prison number (exactly) or by name (in part), whatever their allocation. */
    async find(q: string) {
      const like = `%${q.toLowerCase().replace(/[\\%_]/g, c => `\\${c}`)}%`
      return db
        .selectFrom('person')
        .select(['id', 'crn', 'prison_number', 'first_name', 'last_name', 'date_of_birth'])
        .where(eb =>
          eb.or([
            eb('crn', '=', q.toUpperCase()),
            eb('prison_number', '=', q.toUpperCase()),
            eb(eb.fn('lower', [sql`first_name || ' ' || last_name`]), 'like', like),
            eb(eb.fn('lower', [sql`last_name || ', ' || first_name`]), 'like', like),
          ]),
        )
        .orderBy(sql`lower(last_name)`)
        .orderBy(sql`lower(first_name)`)
        .orderBy('crn')
        .limit(FIND_LIMIT + 1)
        .execute()
    },

    async person(id: string) {
      return db
        .selectFrom('person')
        .select(['id', 'crn', 'prison_number', 'first_name', 'last_name', 'date_of_birth'])
        .where('id', '=', id)
        .executeTakeFirst()
    },

    /** Every row of one declared table about the person, every column (the service leaves out what it must). */
    async rowsOf(declared: SubjectAccessTable, personId: string): Promise<HeldRow[]> {
      const personColumn = sql.ref(declared.personColumn ?? 'person_id')
      const where = declared.via
        ? sql`${sql.ref(declared.via.column)} in (select id from ${sql.table(declared.via.table)} where person_id = ${personId})`
        : sql`${personColumn} = ${personId}`
      const result = await sql<HeldRow>`select * from ${sql.table(declared.table)} where ${where}`.execute(db)
      return result.rows
    },

    /** The names of staff, places and organisations among these ids, for a readable export. */
    async names(ids: readonly string[]): Promise<Record<string, string>> {
      if (!ids.length) return {}
      const result = await sql<{ id: string; name: string }>`
        select id::text, display_name as name from app_user where id = any(${ids}::uuid[])
        union all select id::text, name from prison where id = any(${ids}::uuid[])
        union all select id::text, name from pdu where id = any(${ids}::uuid[])
        union all select id::text, name from team where id = any(${ids}::uuid[])
        union all select id::text, name from partner_organisation where id = any(${ids}::uuid[])`.execute(db)
      return Object.fromEntries(result.rows.map(r => [r.id, r.name]))
    },

    /** Who has read or changed the person's record, oldest first: the trail's entries about them. */
    async auditAbout(personId: string) {
      return db
        .selectFrom('audit_event')
        .select(['occurred_at', 'actor_username', 'action', 'outcome'])
        .where('subject_person_id', '=', personId)
        .orderBy('id')
        .execute()
    },

    /** The tables of this database with a `person_id` column, for the test that every one is declared. */
    async tablesWithPersonColumn(): Promise<string[]> {
      const result = await sql<{ table_name: string }>`
        select distinct c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'person_id' and t.table_type = 'BASE TABLE'
        order by 1`.execute(db)
      return result.rows.map(r => r.table_name)
    },
  }
}

export type SubjectAccessRepository = ReturnType<typeof createSubjectAccessRepository>
