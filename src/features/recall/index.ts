import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { demoLicenceCases, type PeopleService } from '../people/index.ts'
import type { SupervisionService } from '../supervision/index.ts'
import { recallApi } from './recall.api.ts'
import { RECALL_AUDIT_ACTIONS } from './recall.audit.ts'
import { seedRecallDemo } from './recall.demo.ts'
import { recallPart } from './recall.generate.ts'
import { createRecallRepository } from './recall.repository.ts'
import { recallRoutes } from './recall.routes.ts'
import { createRecallService } from './recall.service.ts'

type Deps = PlatformDeps & { people: PeopleService; supervision: SupervisionService }

/** Breach records, the practitioner's recommendation, a manager's countersigned decision and the letter. */
export const recall = defineFeature({
  name: 'recall',
  needs: ['people', 'supervision'],
  build: ({ db, audit, today, people, supervision }: Deps) =>
    createRecallService({
      db,
      repository: createRecallRepository(db),
      people,
      audit,
      today,
      nextAppointment: supervision.nextAppointment,
    }),
  pages: (service, routes) => recallRoutes(service, routes),
  api: (service, routes) => recallApi(service, routes),
  caseSection: {
    key: 'recall',
    label: 'Breach and recall',
    path: '/recall',
    order: 80,
    roles: ['pom', 'com', 'manager'],
  },
  subjectAccess: [{ table: 'recall_review', label: 'Breach and recall reviews' }],
  auditActions: RECALL_AUDIT_ACTIONS,
  deadlines: service => service.deadlines,
  timeline: service => service.timelineEvents,
  oversightItems: service => service.oversightItems,
  demo: async ({ tx, today }) => seedRecallDemo(tx, today, await demoLicenceCases(tx, 12)),
  generate: [recallPart],
})
