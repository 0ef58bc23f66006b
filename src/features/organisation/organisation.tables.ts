import type { Generated } from 'kysely'

/** The organisation's tables (migrations/001): regions, PDUs, teams, prisons and partner organisations. */
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

declare module '../../platform/db/schema.ts' {
  interface Database {
    region: RegionTable
    pdu: PduTable
    team: TeamTable
    prison: PrisonTable
    partner_organisation: PartnerOrganisationTable
  }
}
