import type { ColumnType, Generated } from 'kysely'
import type { AccommodationCategory, EmploymentStatus, FollowUpKind } from './release.rules.ts'

/** The release tables (migrations/008_release.sql) as Kysely sees them, added to the platform's Database type. */
type Version = ColumnType<number, number | undefined, number>
type Instant = ColumnType<Date, Date | string | undefined, Date | string>

export interface PersonReleaseTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  first_night: AccommodationCategory
  address: string | null
  treatment_need: boolean
  version: Version
  recorded_by: string
  created_at: Generated<Date>
  updated_at: Instant
}

export interface ReleaseFollowUpTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  kind: FollowUpKind
  accommodation: AccommodationCategory | null
  employment: EmploymentStatus | null
  treatment_started: boolean | null
  treatment_start_date: string | null
  version: Version
  recorded_by: string
  recorded_on: string
  created_at: Generated<Date>
  updated_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    person_release: PersonReleaseTable
    release_follow_up: ReleaseFollowUpTable
  }
}
