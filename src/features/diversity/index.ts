import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { diversityApi } from './diversity.api.ts'
import { DIVERSITY_AUDIT_ACTIONS } from './diversity.audit.ts'
import { fillDiversity } from './diversity.fill.ts'
import { diversityPart } from './diversity.generate.ts'
import { DIVERSITY_READERS } from './diversity.policy.ts'
import { createDiversityRepository } from './diversity.repository.ts'
import { diversityRoutes } from './diversity.routes.ts'
import { createDiversityService } from './diversity.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** A person's diversity record (special-category data) and the responsive prompts it raises (issue 15). */
export const diversity = defineFeature({
  name: 'diversity',
  needs: ['people'],
  build: ({ db, audit, today, people }: Deps) =>
    createDiversityService({ db, repository: createDiversityRepository(db), people, audit, today }),
  pages: (service, routes) => diversityRoutes(service, routes),
  api: (service, routes) => diversityApi(service, routes),
  caseSection: { key: 'diversity', label: 'Diversity', path: '/diversity', order: 15, roles: DIVERSITY_READERS },
  subjectAccess: [{ table: 'person_diversity', label: 'Diversity and equality information' }],
  auditActions: DIVERSITY_AUDIT_ACTIONS,
  casePrompts: service => service.casePrompts,
  demo: ({ tx, today }) => fillDiversity(tx, today),
  generate: [diversityPart],
})

export type { DiversityService } from './diversity.service.ts'
export {
  AGE_BANDS,
  DIVERSITY_QUESTIONS,
  ETHNIC_GROUPS,
  ethnicGroupOf,
  NOT_SAID,
  type AgeBand,
  type EthnicGroup,
} from './diversity.catalogue.ts'
export { ageBand, ageOn } from './diversity.rules.ts'
export { PROMPT_CATALOGUE, promptsFor, type PromptProfile } from './prompts.catalogue.ts'
