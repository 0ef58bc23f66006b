import type { Selectable } from 'kysely'
import type { CustodyEpisodeTable, PersonTable } from './people.tables.ts'

/** Rows become the plain objects that pages and the API show: camelCase, no internal columns. */
export function toPersonSummary(row: {
  id: string
  crn: string
  prison_number: string | null
  first_name: string
  last_name: string
  preferred_name: string | null
  date_of_birth: string
  com_name: string | null
  release_date: string | null
}) {
  return {
    id: row.id,
    crn: row.crn,
    prisonNumber: row.prison_number,
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    comName: row.com_name,
    releaseDate: row.release_date,
  }
}

export function toPerson(
  row: Selectable<PersonTable> & {
    com_name: string | null
    pom_name: string | null
    com_team_name: string | null
    com_phone?: string | null
    pdu_name?: string | null
  },
) {
  return {
    id: row.id,
    crn: row.crn,
    prisonNumber: row.prison_number,
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    communityArea: row.community_area,
    pdu: row.pdu_id ? { id: row.pdu_id, name: row.pdu_name ?? null } : null,
    com: row.com_id
      ? { id: row.com_id, name: row.com_name, team: row.com_team_name, phone: row.com_phone ?? null }
      : null,
    pom: row.pom_id ? { id: row.pom_id, name: row.pom_name } : null,
    version: row.version,
  }
}

export type EpisodeRow = Selectable<CustodyEpisodeTable> & { prison_name?: string | null }

export function toEpisode(row: EpisodeRow) {
  return {
    id: row.id,
    prisonId: row.prison_id,
    prisonName: row.prison_name ?? null,
    sentenceType: row.sentence_type,
    parole: row.parole,
    earlyAllocation: row.early_allocation,
    arrivalDate: row.arrival_date,
    sentenceStartDate: row.sentence_start_date,
    conditionalReleaseDate: row.conditional_release_date,
    automaticReleaseDate: row.automatic_release_date,
    paroleEligibilityDate: row.parole_eligibility_date,
    homeDetentionCurfewEligibilityDate: row.home_detention_curfew_eligibility_date,
    tariffExpiryDate: row.tariff_expiry_date,
    licenceExpiryDate: row.licence_expiry_date,
    sentenceExpiryDate: row.sentence_expiry_date,
    topUpSupervisionEndDate: row.top_up_supervision_end_date,
    releaseDate: row.release_date,
    version: row.version,
  }
}

export type Person = ReturnType<typeof toPerson>
export type CustodyEpisode = ReturnType<typeof toEpisode>
