import type { ColumnType, Generated } from 'kysely'
import type { ContactType } from './handover.rules.ts'

/**
 * The handover tables (migrations/006_handover.sql, 013_handover_contact_person.sql) as Kysely sees them, declared
 * with the feature and merged into the platform's Database interface.
 */
type DateColumn = string
type Version = ColumnType<number, number | undefined, number>
type Instant = ColumnType<Date, Date | string | undefined, Date | string>

export interface HandoverMeetingTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  meeting_date: DateColumn
  com_id: string
  pom_id: string | null
  person_attended: boolean
  supporter_name: string | null
  supporter_relationship: string | null
  notes: string | null
  version: Version
  recorded_by: string
  created_at: Generated<Date>
  updated_at: Instant
}

export interface HandoverContactTable {
  id: Generated<string>
  person_id: string
  custody_episode_id: string
  com_id: string
  contact_date: DateColumn
  contact_type: ContactType
  met: boolean
  note: string | null
  recorded_by: string
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    handover_meeting: HandoverMeetingTable
    handover_contact: HandoverContactTable
  }
}
