import type { ColumnType, Generated } from 'kysely'
import type { Alternative, Decision, RiskLevel } from './recall.rules.ts'

/** The recall review table (migrations/010_supervision.sql) as Kysely sees it. */
type DateColumn = ColumnType<string, string, never>

export interface RecallReviewTable {
  id: Generated<string>
  person_id: string
  breach_date: string
  what_happened: string
  person_account: string | null
  account_not_taken_reason: string | null
  alternatives: Alternative[]
  alternatives_notes: string | null
  risk_now: RiskLevel
  risk_notes: string
  extended_sentence: boolean
  recommendation: Decision
  recommendation_reason: string
  expected_now: string
  contact_number: string
  recommended_by: string
  recommended_on: DateColumn
  corrects_id: string | null
  correction_reason: string | null
  decision: Decision | null
  rationale: string | null
  countersigned_by: string | null
  countersigned_on: string | null
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    recall_review: RecallReviewTable
  }
}
