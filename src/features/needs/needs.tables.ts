import type { ColumnType, Generated } from 'kysely'
import type {
  ActionOwner,
  ActionProgress,
  NeedStatus,
  ScreeningKind,
  Urgency,
  WomensNeedAnswer,
} from './needs.catalogue.ts'

type Version = ColumnType<number, number | undefined, number>
type Instant = ColumnType<Date, Date | string | undefined, Date | string>

/** The needs tables (migrations/004_needs.sql) as Kysely sees them. */
export interface NeedsScreeningTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  kind: ScreeningKind
  womens_needs_apply: boolean
  screened_on: string
  screened_by: string
  updated_by: string
  version: Version
  created_at: Instant
  updated_at: Instant
}

export interface NeedsScreeningPathwayTable {
  screening_id: string
  pathway: string
  status: NeedStatus
  urgency: Urgency | null
  own_words: string | null
}

export interface NeedsScreeningWomensNeedTable {
  screening_id: string
  need: string
  answer: WomensNeedAnswer
}

export interface NeedActionTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  pathway: string
  description: string
  owner: ActionOwner
  owner_name: string | null
  due_date: string
  progress: Generated<ActionProgress>
  progress_note: string | null
  completed_on: string | null
  version: Version
  created_by: string
  updated_by: string
  created_at: Instant
  updated_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    needs_screening: NeedsScreeningTable
    needs_screening_pathway: NeedsScreeningPathwayTable
    needs_screening_womens_need: NeedsScreeningWomensNeedTable
    need_action: NeedActionTable
  }
}
