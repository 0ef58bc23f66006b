import type { ColumnType, Generated } from 'kysely'
import type { AppointmentKind, Outcome, Response, SetbackKind } from './supervision.rules.ts'

/** The supervision tables (migrations/010_supervision.sql) as Kysely sees them. */
type Version = ColumnType<number, number | undefined, number>
type Instant = ColumnType<Date, Date | string | undefined, Date | string>

export interface SupervisionAppointmentTable {
  id: Generated<string>
  person_id: string
  appointment_date: string
  appointment_time: string | null
  kind: AppointmentKind
  outcome: Outcome | null
  notes: string | null
  next_time: string | null
  practitioner_id: string
  version: Version
  recorded_by: string
  created_at: Generated<Date>
  updated_at: Instant
}

export interface SetbackTable {
  id: Generated<string>
  person_id: string
  occurred_on: string
  kind: SetbackKind
  what_happened: string
  response: Response
  response_reason: string
  recorded_by: string
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    supervision_appointment: SupervisionAppointmentTable
    setback: SetbackTable
  }
}
