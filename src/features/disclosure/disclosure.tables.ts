import type { ColumnType, Generated } from 'kysely'

/** An earlier caution or conviction (migrations/002); `disposals` holds the disclosure contract's list of disposals. */
export interface ConvictionRecordTable {
  id: Generated<string>
  person_id: string
  kind: 'conviction' | 'caution'
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
