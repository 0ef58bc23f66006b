import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { seedOrganisationDemo } from './organisation.demo.ts'
import { NAMED_ACCOUNTS, organisationPart } from './organisation.generate.ts'
import { createOrganisationRepository } from './organisation.repository.ts'
import { createOrganisationService, type OrganisationService } from './organisation.service.ts'

/** Regions, PDUs, teams, prisons, partner organisations and their staff. */
export const organisation = defineFeature({
  name: 'organisation',
  build: ({ db }: PlatformDeps) => createOrganisationService(createOrganisationRepository(db)),
  demo: seedOrganisationDemo,
  generate: [organisationPart],
})

export { NAMED_ACCOUNTS }
export type { OrganisationService }
