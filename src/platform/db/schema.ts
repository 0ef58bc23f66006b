import type { ColumnType, Generated } from 'kysely'

/** The tables as Kysely sees them. Calendar dates are ISO strings; instants are Dates. */
type DateColumn = string
type Instant = ColumnType<Date, Date | string | undefined, Date | string>
type Version = ColumnType<number, number | undefined, number>

export type Role = 'person' | 'pom' | 'com' | 'manager' | 'partner' | 'admin'
export type SentenceType = 'determinate' | 'indeterminate' | 'recall' | 'immigration'

export interface RegionTable {
  id: Generated<string>
  code: string
  name: string
}

export interface PduTable {
  id: Generated<string>
  region_id: string
  code: string
  name: string
}

export interface TeamTable {
  id: Generated<string>
  pdu_id: string
  code: string
  name: string
}

export interface PrisonTable {
  id: Generated<string>
  code: string
  name: string
}

export interface PartnerOrganisationTable {
  id: Generated<string>
  name: string
}

export interface AppUserTable {
  id: Generated<string>
  username: string
  display_name: string
  role: Role
  team_id: string | null
  prison_id: string | null
  partner_organisation_id: string | null
  person_id: string | null
  password_hash: string
  active: Generated<boolean>
  demo: Generated<boolean>
  created_at: Generated<Date>
}

export interface PersonTable {
  id: Generated<string>
  crn: string
  prison_number: string | null
  first_name: string
  last_name: string
  preferred_name: string | null
  pronouns: string | null
  date_of_birth: DateColumn
  community_area: string | null
  pom_id: string | null
  com_id: string | null
  version: Version
  created_at: Generated<Date>
  updated_at: Instant
}

export interface CustodyEpisodeTable {
  id: Generated<string>
  person_id: string
  prison_id: string | null
  sentence_type: SentenceType
  parole: boolean
  early_allocation: boolean
  arrival_date: DateColumn
  sentence_start_date: DateColumn
  conditional_release_date: DateColumn | null
  automatic_release_date: DateColumn | null
  parole_eligibility_date: DateColumn | null
  home_detention_curfew_eligibility_date: DateColumn | null
  tariff_expiry_date: DateColumn | null
  licence_expiry_date: DateColumn | null
  sentence_expiry_date: DateColumn | null
  top_up_supervision_end_date: DateColumn | null
  release_date: DateColumn | null
  version: Version
  created_at: Generated<Date>
  updated_at: Instant
}

export interface AllocationTable {
  id: Generated<string>
  person_id: string
  kind: 'pom' | 'com'
  staff_id: string | null
  reason: string | null
  allocated_by: string | null
  allocated_at: Generated<Date>
}

export interface LimitedAccessTable {
  id: Generated<string>
  person_id: string
  kind: 'exclusion' | 'restriction'
  user_id: string
  start_date: DateColumn
  end_date: DateColumn | null
  message: string
  created_by: string | null
  created_at: Generated<Date>
}

export interface SessionTable {
  id_hash: string
  user_id: string
  created_at: Generated<Date>
  last_seen_at: Generated<Date>
}

export interface SignInThrottleTable {
  username: string
  failures: number
  last_failure_at: Date | null
  locked_until: Date | null
}

export interface AuditEventTable {
  id: Generated<number>
  occurred_at: Generated<Date>
  actor_id: string | null
  actor_username: string | null
  action: string
  subject_person_id: string | null
  correlation_id: string | null
  outcome: 'success' | 'denied' | 'failure'
  details: ColumnType<Record<string, unknown>, string, never>
  justification: string | null
  prev_hash: Generated<string>
  hash: Generated<string>
}

export interface Database {
  region: RegionTable
  pdu: PduTable
  team: TeamTable
  prison: PrisonTable
  partner_organisation: PartnerOrganisationTable
  app_user: AppUserTable
  person: PersonTable
  custody_episode: CustodyEpisodeTable
  allocation: AllocationTable
  limited_access: LimitedAccessTable
  session: SessionTable
  sign_in_throttle: SignInThrottleTable
  audit_event: AuditEventTable
  schema_migration: { version: string; applied_at: Generated<Date> }
}
