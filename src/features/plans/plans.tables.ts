import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { AuthorRole, PlanContent } from './plan-content.ts'

/** The plan tables (migrations/009_plans.sql) as Kysely sees them, added to the platform's Database type. */
type Instant = ColumnType<Date, Date | string | undefined, Date | string>
type Content = JSONColumnType<PlanContent, string, string>

export interface PlanTable {
  id: Generated<string>
  person_id: string
  content: Content
  revision: ColumnType<number, number | undefined, number>
  version_number: ColumnType<number, number | undefined, number>
  updated_by: string
  created_at: Generated<Date>
  updated_at: Instant
  /** The version the person last read on their plan page (migrations/018_person_language.sql). */
  person_seen_version: ColumnType<number, number | undefined, number>
}

export interface PlanRevisionTable {
  plan_id: string
  revision: number
  version_number: number
  material: boolean
  content: Content
  changed_by: string
  changed_by_role: AuthorRole
  created_at: Generated<Date>
}

export interface PlanVersionTable {
  id: Generated<string>
  plan_id: string
  person_id: string
  number: number
  content: Content
  changed_by: string
  changed_by_role: AuthorRole
  created_at: Generated<Date>
  updated_at: Instant
}

export interface PlanAgreementTable {
  id: Generated<string>
  plan_id: string
  person_id: string
  version_number: number
  agreed: boolean
  comments: string | null
  disagreed_step_ids: JSONColumnType<string[], string, string>
  recorded_on: string
  recorded_by: string
  recorded_by_role: AuthorRole
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    plan: PlanTable
    plan_revision: PlanRevisionTable
    plan_version: PlanVersionTable
    plan_agreement: PlanAgreementTable
  }
}
