import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { HandoverService } from '../handover/index.ts'
import type { PeopleService } from '../people/index.ts'
import { overviewRoutes } from './overview.routes.ts'
import { createOverviewService } from './overview.service.ts'

type Deps = PlatformDeps & { people: PeopleService; handover: HandoverService }

/** A case's first page: what needs doing, from every feature's deadlines, then the key facts. */
export const overview = defineFeature({
  name: 'overview',
  needs: ['people', 'handover'],
  build: ({ people, handover, today, contributions }: Deps) =>
    createOverviewService({
      people,
      handover,
      today,
      deadlineSources: contributions.deadlines,
      caseSections: contributions.caseSections,
    }),
  pages: (service, routes) => overviewRoutes(service, routes),
  caseSection: { key: 'overview', label: 'Overview', path: '', order: 0, roles: ['pom', 'com', 'manager'] },
})
