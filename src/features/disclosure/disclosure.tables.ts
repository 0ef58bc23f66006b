import type { ColumnType, Generated } from 'kysely'
import type { RecordKind } from './disposal-types.ts'

/** An earlier caution or conviction (migrations/002_disclosure.sql); `disposals` holds the contract's list. */
export interface ConvictionRecordTable {
  id: Generated<string>
  person_id: string
  kind: RecordKind
  record_date: string
  disposals: ColumnType<unknown[], string, never>
  created_by: string
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    conviction_record: ConvictionRecordTable
  }
}
