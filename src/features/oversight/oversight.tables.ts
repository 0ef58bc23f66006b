import type { ColumnType, Generated } from 'kysely'

/** The sign-off table of migrations/015_oversight.sql as Kysely sees it: rows are only ever added. */
export interface OversightSignOffTable {
  id: Generated<string>
  kind: string
  subject_id: string
  person_id: string
  team_id: string
  label: string
  note: string | null
  signed_off_by: string
  signed_off_on: ColumnType<string, string, never>
  signed_off_at: ColumnType<Date, Date | string | undefined, never>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    oversight_sign_off: OversightSignOffTable
  }
}
