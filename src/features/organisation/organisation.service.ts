import type { OrganisationRepository } from './organisation.repository.ts'

/** Reference lists of the organisation: prisons, teams, partners and the staff who can be allocated. */
export function createOrganisationService(repository: OrganisationRepository) {
  return {
    prisons: () => repository.prisons(),
    pdus: () => repository.pdus(),
    teams: () => repository.teams(),
    partnerOrganisations: () => repository.partnerOrganisations(),
    staffMember: (id: string) => repository.staffMember(id),
    comsNear: (teamId: string) => repository.staffInPduOf(teamId, 'com'),
    pomsIn: (prisonId: string) => repository.staffInPrison(prisonId, 'pom'),
  }
}

export type OrganisationService = ReturnType<typeof createOrganisationService>
