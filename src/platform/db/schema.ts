import type { ColumnType, Generated } from 'kysely'

/**
 * The platform's own tables as Kysely sees them: accounts, sessions, the audit trail and the migrations. Each
 * feature adds its tables to `Database` from its own `x.tables.ts`, by declaration merging. Instants are Dates.
 */
export type Role = 'person' | 'pom' | 'com' | 'manager' | 'partner' | 'admin'

export interface AppUserTable {
  id: Generated<string>
  username: string
  display_name: string
  role: Role
  team_id: string | null
  prison_id: string | null
  partner_organisation_id: string | null
  person_id: string | null
  password_hash: string
  active: Generated<boolean>
  demo: Generated<boolean>
  created_at: Generated<Date>
  /** The person's own language: 'en' or 'cy' (migrations/018_person_language.sql). */
  language: Generated<'en' | 'cy'>
  /** A practitioner's work phone number. */
  phone: ColumnType<string | null, string | null | undefined, string | null>
}

export interface SessionTable {
  id_hash: string
  user_id: string
  created_at: Generated<Date>
  last_seen_at: Generated<Date>
  /** What "Your sessions" names it by (migrations/022): not the token, nor its hash. */
  public_id: Generated<string>
  /** A summary of the browser it was started in, such as "Firefox on Windows". */
  device: ColumnType<string | null, string | null | undefined, string | null>
}

export interface AuditEventTable {
  id: Generated<number>
  occurred_at: ColumnType<Date, Date | string | undefined, never>
  actor_id: string | null
  actor_username: string | null
  action: string
  subject_person_id: string | null
  correlation_id: string | null
  outcome: 'success' | 'denied' | 'failure'
  details: ColumnType<Record<string, unknown>, string, never>
  justification: string | null
  prev_hash: Generated<string>
  hash: Generated<string>
  /** 1: unkeyed SHA-256, written before migration 021; 2: keyed with the service's AUDIT_KEY. */
  chain_version: Generated<number>
}

export interface Database {
  app_user: AppUserTable
  session: SessionTable
  audit_event: AuditEventTable
  schema_migration: { version: string; applied_at: Generated<Date> }
}
