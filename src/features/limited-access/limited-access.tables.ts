import type { Generated } from 'kysely'

/** Exclusion and restriction lists (migrations/001): entries run from start to end inclusive. */
export interface LimitedAccessTable {
  id: Generated<string>
  person_id: string
  kind: 'exclusion' | 'restriction'
  user_id: string
  start_date: string
  end_date: string | null
  message: string
  created_by: string | null
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    limited_access: LimitedAccessTable
  }
}
