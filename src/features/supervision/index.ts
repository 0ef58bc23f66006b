import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { supervisionApi } from './supervision.api.ts'
import { SUPERVISION_AUDIT_ACTIONS } from './supervision.audit.ts'
import { seedSupervisionDemo } from './supervision.demo.ts'
import { supervisionPart } from './supervision.generate.ts'
import { createSupervisionRepository } from './supervision.repository.ts'
import { supervisionRoutes } from './supervision.routes.ts'
import { createSupervisionService, type SupervisionService } from './supervision.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** Supervision appointments, setbacks and the responses to them, and the journey they make. */
export const supervision = defineFeature({
  name: 'supervision',
  needs: ['people'],
  build: ({ db, audit, today, people }: Deps) =>
    createSupervisionService({ db, repository: createSupervisionRepository(db), people, audit, today }),
  pages: (service, routes, { today }) => supervisionRoutes(service, routes, today),
  api: (service, routes, { today }) => supervisionApi(service, routes, today),
  caseSection: {
    key: 'supervision',
    label: 'Supervision',
    path: '/supervision',
    order: 70,
    roles: ['pom', 'com', 'manager'],
  },
  subjectAccess: [
    { table: 'supervision_appointment', label: 'Supervision appointments', orderBy: 'appointment_date' },
    { table: 'setback', label: 'Setbacks' },
  ],
  auditActions: SUPERVISION_AUDIT_ACTIONS,
  deadlines: service => service.deadlines,
  timeline: service => service.timelineEvents,
  demo: ({ tx, today }) => seedSupervisionDemo(tx, today),
  generate: [supervisionPart],
})

export type { SupervisionService }
