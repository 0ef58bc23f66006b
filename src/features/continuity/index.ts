import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { continuityApi } from './continuity.api.ts'
import { CONTINUITY_AUDIT_ACTIONS } from './continuity.audit.ts'
import { seedContinuityDemo } from './continuity.demo.ts'
import { continuityPart } from './continuity.generate.ts'
import { createContinuityRepository } from './continuity.repository.ts'
import { continuityRoutes } from './continuity.routes.ts'
import { createContinuityService } from './continuity.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** Changes of practitioner with their reasons and handover notes, and the continuity measures. */
export const continuity = defineFeature({
  name: 'continuity',
  needs: ['people'],
  build: ({ db, audit, today, people }: Deps) =>
    createContinuityService({ db, repository: createContinuityRepository(db), people, audit, today }),
  pages: (service, routes) => continuityRoutes(service, routes),
  api: (service, routes) => continuityApi(service, routes),
  caseSection: {
    key: 'continuity',
    label: 'Continuity',
    path: '/continuity',
    order: 95,
    roles: ['pom', 'com', 'manager'],
  },
  auditActions: CONTINUITY_AUDIT_ACTIONS,
  timeline: service => service.timelineEvents,
  demo: ({ tx, today }) => seedContinuityDemo(tx, today),
  generate: [continuityPart],
})

export { CONTINUITY_WINDOW_WEEKS } from './continuity.rules.ts'
