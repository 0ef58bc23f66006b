import type { ColumnType, Generated } from 'kysely'
import type { ItemKey, ItemStatus } from './readiness.rules.ts'

type Instant = ColumnType<Date, Date | string | undefined, Date | string>

/** The tables of migrations/005_readiness.sql, as Kysely sees them. */
export interface ReadinessItemTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  item: ItemKey
  status: ItemStatus
  details: ColumnType<Record<string, unknown>, string, string>
  note: string | null
  version: ColumnType<number, number | undefined, number>
  updated_by: string
  updated_at: Instant
}

export interface HousingReferralTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  council: string
  sent_on: string
  consent_given: boolean
  reference: string | null
  created_by: string
  created_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    readiness_item: ReadinessItemTable
    housing_referral: HousingReferralTable
  }
}
