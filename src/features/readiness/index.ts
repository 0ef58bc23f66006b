import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { readinessApi } from './readiness.api.ts'
import { READINESS_AUDIT_ACTIONS } from './readiness.audit.ts'
import { seedReadinessDemo } from './readiness.demo.ts'
import { readinessPart } from './readiness.generate.ts'
import { createReadinessRepository } from './readiness.repository.ts'
import { readinessRoutes } from './readiness.routes.ts'
import { createReadinessService, type ReadinessService } from './readiness.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** The release-readiness checklist, the duty to refer and the person's release-day plan. */
export const readiness = defineFeature({
  name: 'readiness',
  needs: ['people'],
  build: ({ db, audit, today, people }: Deps) =>
    createReadinessService({ db, repository: createReadinessRepository(db), people, audit, today }),
  pages: (service, routes, { today }) => readinessRoutes(service, routes, today),
  api: (service, routes, { today }) => readinessApi(service, routes, today),
  caseSection: {
    key: 'readiness',
    label: 'Release readiness',
    path: '/readiness',
    order: 30,
    roles: ['pom', 'com', 'manager'],
  },
  subjectAccess: [
    { table: 'readiness_item', label: 'Release readiness checklist', orderBy: 'updated_at' },
    { table: 'housing_referral', label: 'Housing referrals' },
  ],
  auditActions: READINESS_AUDIT_ACTIONS,
  deadlines: service => service.deadlines,
  timeline: service => service.timelineEvents,
  reportSections: service => service.reportSections,
  oversightItems: service => service.oversightItems,
  demo: ({ tx, today }) => seedReadinessDemo(tx, today).then(() => undefined),
  generate: [readinessPart],
})

export type { ReadinessService }
