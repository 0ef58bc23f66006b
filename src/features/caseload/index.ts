import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { HandoverService } from '../handover/index.ts'
import type { PeopleService } from '../people/index.ts'
import { caseloadApi } from './caseload.api.ts'
import { CASELOAD_AUDIT_ACTIONS } from './caseload.audit.ts'
import { createCaseloadRepository } from './caseload.repository.ts'
import { caseloadRoutes } from './caseload.routes.ts'
import { createCaseloadService, type CaseloadService } from './caseload.service.ts'

type Deps = PlatformDeps & { people: PeopleService; handover: HandoverService }

/** Caseloads: each person's stage, next deadline and what is overdue, from every feature's deadline source. */
export const caseload = defineFeature({
  name: 'caseload',
  needs: ['people', 'handover'],
  build: ({ db, audit, today, people, handover, contributions }: Deps) =>
    createCaseloadService({
      repository: createCaseloadRepository(db),
      people,
      handover,
      audit,
      today,
      deadlineSources: contributions.deadlines,
    }),
  pages: (service, routes) => caseloadRoutes(service, routes),
  api: (service, routes) => caseloadApi(service, routes),
  auditActions: CASELOAD_AUDIT_ACTIONS,
  oversightItems: service => service.oversightItems,
})

export type { CaseloadService }
export { deadlines as keyDateDeadlines } from './caseload.rules.ts'
