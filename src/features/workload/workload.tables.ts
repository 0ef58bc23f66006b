import type { ColumnType, Generated } from 'kysely'

/** Tiers, practitioners' hours and reductions, and allocation decisions (migrations/014_workload.sql), and court reports (020_court_reports.sql). */
type Numeric = ColumnType<string, number | string, number | string>

export interface PersonTierTable {
  id: Generated<string>
  person_id: string
  tier: string
  model: string
  rosh: string
  rsr_percent: Numeric
  mappa: string
  flags: ColumnType<string[], string[] | undefined, never>
  protect_points: number
  change_points: number
  needs_assessed: boolean
  set_on: string
  set_by: string | null
  created_at: Generated<Date>
}

export interface PractitionerHoursTable {
  staff_id: string
  grade: string
  contracted_hours: Numeric
  updated_by: string | null
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface WorkloadReductionTable {
  id: Generated<string>
  staff_id: string
  hours: Numeric
  reason: string
  start_date: string
  end_date: string | null
  created_by: string | null
  created_at: Generated<Date>
}

export interface AllocationDecisionTable {
  id: Generated<string>
  person_id: string
  staff_id: string
  ranked: number
  advised_staff_id: string | null
  reason: string
  decided_by: string
  decided_at: Generated<Date>
}

export interface CourtReportTable {
  id: Generated<string>
  staff_id: string
  type: string
  court: string
  requested_on: string
  due_on: string
  created_by: string | null
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    person_tier: PersonTierTable
    practitioner_hours: PractitionerHoursTable
    workload_reduction: WorkloadReductionTable
    allocation_decision: AllocationDecisionTable
    court_report: CourtReportTable
  }
}
