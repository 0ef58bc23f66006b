import type { ColumnType, Generated } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
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

/**
 * The needs tables (migrations/004_needs.sql) as Kysely sees them, declared with the feature and added to a connection
 * or transaction by `withNeedsTables`, so that the shared schema type does not grow with every feature.
 */
export type NeedsTables = {
  needs_screening: {
    id: Generated<string>
    person_id: string
    custody_episode_id: string
    kind: ScreeningKind
    womens_needs_apply: boolean
    screened_on: string
    screened_by: string
    updated_by: string
    version: Version
    created_at: Generated<Date>
    updated_at: Instant
  }
  needs_screening_pathway: {
    screening_id: string
    pathway: string
    status: NeedStatus
    urgency: Urgency | null
    own_words: string | null
  }
  needs_screening_womens_need: {
    screening_id: string
    need: string
    answer: WomensNeedAnswer
  }
  need_action: {
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
    created_at: Generated<Date>
    updated_at: Instant
  }
}

/** The connection or transaction given, able to name the needs tables as well as the shared ones. */
export function withNeedsTables(executor: Db) {
  return executor.withTables<NeedsTables>()
}
