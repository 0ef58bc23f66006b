import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { NeedsService } from '../needs/index.ts'
import type { PeopleService } from '../people/index.ts'
import { releaseApi } from './release.api.ts'
import { RELEASE_AUDIT_ACTIONS } from './release.audit.ts'
import { seedReleaseDemo } from './release.demo.ts'
import { releasePart } from './release.generate.ts'
import { createReleaseRepository } from './release.repository.ts'
import { releaseRoutes } from './release.routes.ts'
import { createReleaseService } from './release.service.ts'

type Deps = PlatformDeps & { people: PeopleService; needs: NeedsService }

/** The release with the first night, and the outcome follow-ups due after it. */
export const release = defineFeature({
  name: 'release',
  needs: ['people', 'needs'],
  build: ({ db, audit, today, people, needs }: Deps) =>
    createReleaseService({ db, repository: createReleaseRepository(db), people, needs, audit, today }),
  pages: (service, routes, { today }) => releaseRoutes(service, routes, today),
  api: (service, routes, { today }) => releaseApi(service, routes, today),
  caseSection: { key: 'release', label: 'Release', path: '/release', order: 50, roles: ['pom', 'com', 'manager'] },
  subjectAccess: [
    { table: 'person_release', label: 'Release arrangements' },
    { table: 'release_follow_up', label: 'Follow-up after release' },
  ],
  auditActions: RELEASE_AUDIT_ACTIONS,
  deadlines: service => service.deadlines,
  timeline: service => service.timelineEvents,
  demo: ({ tx, today }) => seedReleaseDemo(tx, today),
  generate: [releasePart],
})

export { followUpDueDate, type EmploymentStatus } from './release.rules.ts'
