import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { LimitedAccessService } from '../limited-access/index.ts'
import type { NeedsService } from '../needs/index.ts'
import type { PeopleService } from '../people/index.ts'
import { workloadApi } from './workload.api.ts'
import { WORKLOAD_AUDIT_ACTIONS } from './workload.audit.ts'
import { seedWorkloadDemo } from './workload.demo.ts'
import { courtReportPart, hoursPart, tierPart } from './workload.generate.ts'
import { createWorkloadRepository } from './workload.repository.ts'
import { workloadRoutes } from './workload.routes.ts'
import { createWorkloadService } from './workload.service.ts'

type Deps = PlatformDeps & { people: PeopleService; needs: NeedsService; limitedAccess: LimitedAccessService }

/**
 * Workload by HMPPS's own rules (issue 17): the calculator, each person's tier, each COM's hours and reductions,
 * capacity now and week by week, the team dashboard, and allocation advice that puts continuity first.
 */
export const workload = defineFeature({
  name: 'workload',
  needs: ['people', 'needs', 'limitedAccess'],
  build: ({ db, audit, today, people, needs, limitedAccess }: Deps) =>
    createWorkloadService({ db, repository: createWorkloadRepository(db), people, needs, limitedAccess, audit, today }),
  pages: (service, routes, { today }) => workloadRoutes(service, routes, today),
  api: (service, routes, { today }) => workloadApi(service, routes, today),
  caseSection: { key: 'tier', label: 'Tier', path: '/tier', order: 96, roles: ['pom', 'com', 'manager'] },
  subjectAccess: [
    { table: 'person_tier', label: 'Tier and risk', orderBy: 'set_on' },
    { table: 'allocation_decision', label: 'Allocation decisions', orderBy: 'decided_at' },
  ],
  auditActions: WORKLOAD_AUDIT_ACTIONS,
  timeline: service => service.timelineEvents,
  demo: seedWorkloadDemo,
  generate: [tierPart, hoursPart, courtReportPart],
})

export {
  availablePoints,
  calculateWorkload,
  capacityPercent,
  points,
  WORKLOAD_POINTS,
  type WorkloadResult,
} from './workload.rules.ts'
export { workloadInputSchema, workloadResponse, type WorkloadRequest } from './workload.schemas.ts'
export type { WorkloadService } from './workload.service.ts'
