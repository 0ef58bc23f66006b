import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { timelineApi } from './timeline.api.ts'
import { TIMELINE_AUDIT_ACTIONS } from './timeline.audit.ts'
import { timelineRoutes } from './timeline.routes.ts'
import { createTimelineService } from './timeline.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** A person's journey, told by every feature that holds a moment of it. */
export const timeline = defineFeature({
  name: 'timeline',
  needs: ['people'],
  build: ({ audit, people, contributions }: Deps) =>
    createTimelineService({ people, audit, sources: contributions.timeline }),
  pages: (service, routes) => timelineRoutes(service, routes),
  api: (service, routes) => timelineApi(service, routes),
  caseSection: { key: 'timeline', label: 'Timeline', path: '/timeline', order: 60, roles: ['pom', 'com', 'manager'] },
  auditActions: TIMELINE_AUDIT_ACTIONS,
})
