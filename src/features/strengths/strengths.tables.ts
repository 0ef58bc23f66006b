import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { EvidenceType } from './evidence.rules.ts'
import type { AchievementKind, GivingBackKind, StrengthCategory, WrittenBy } from './strengths.wording.ts'

/** The strengths tables (migrations/016_strengths_certificates.sql and 019_strength_goals.sql) as Kysely sees them. */
type Instant = ColumnType<Date, Date | string | undefined, Date | string>

export interface StrengthTable {
  id: Generated<string>
  person_id: string
  category: StrengthCategory
  text: string
  goal_ids: JSONColumnType<string[], string | undefined, string>
  written_by_role: WrittenBy
  created_by: string
  created_at: Instant
  removed_at: Instant | null
}

export interface StrengthChangeTable {
  id: Generated<string>
  strength_id: string
  change: 'added' | 'moved-from-plan' | 'changed' | 'removed'
  text: string
  /** The goals it was linked to after the change (migrations/019_strength_goals.sql); null before then. */
  goal_ids: JSONColumnType<string[] | null, string | null | undefined, string | null>
  changed_by: string
  changed_by_role: WrittenBy
  created_at: Instant
}

export interface AchievementTable {
  id: Generated<string>
  person_id: string
  kind: AchievementKind
  title: string
  achieved_on: string
  details: string | null
  recorded_by: string
  recorded_by_role: WrittenBy
  confirmed_by: string | null
  confirmed_on: string | null
  confirmed_by_organisation: string | null
  evidence_type: EvidenceType | null
  evidence_size: number | null
  evidence: Buffer | null
  /** The plan goal it was made from, if it was (migrations/019_strength_goals.sql). */
  goal_id: string | null
  created_at: Generated<Date>
}

export interface GivingBackTable {
  id: Generated<string>
  person_id: string
  kind: GivingBackKind
  organisation: string
  role: string
  started_on: string
  hours: number
  recorded_by: string
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    strength: StrengthTable
    strength_change: StrengthChangeTable
    achievement: AchievementTable
    giving_back: GivingBackTable
  }
}
