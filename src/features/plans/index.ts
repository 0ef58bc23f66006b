import { CASE_ROLES } from '../../platform/auth/current-user.ts'
import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { NeedsService } from '../needs/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { ReadinessService } from '../readiness/index.ts'
import { plansApi } from './plans.api.ts'
import { PLAN_AUDIT_ACTIONS } from './plans.audit.ts'
import { seedPlansDemo } from './plans.demo.ts'
import { plansPart } from './plans.generate.ts'
import { createPlansRepository } from './plans.repository.ts'
import { plansRoutes } from './plans.routes.ts'
import { createPlansService } from './plans.service.ts'

type Deps = PlatformDeps & { people: PeopleService; needs: NeedsService; readiness: ReadinessService }

/**
 * The resettlement plan made with the person: goals, steps, risk controls, supporters, agreement; the strengths it
 * shows are the strengths profile's (offered through `contributions.planStrengths`).
 */
export const plans = defineFeature({
  name: 'plans',
  needs: ['people', 'needs', 'readiness'],
  build: ({ db, audit, today, people, needs, readiness, contributions }: Deps) =>
    createPlansService({
      db,
      repository: createPlansRepository(db),
      people,
      needs,
      readiness,
      audit,
      today,
      strengthSources: contributions.planStrengths,
      promptSources: contributions.casePrompts,
    }),
  pages: (service, routes) => plansRoutes(service, routes),
  api: (service, routes) => plansApi(service, routes),
  caseSection: { key: 'plan', label: 'Plan', path: '/plan', order: 20, roles: CASE_ROLES },
  subjectAccess: [
    { table: 'plan', label: 'Resettlement plan' },
    { table: 'plan_revision', label: 'Changes to the plan', via: { table: 'plan', column: 'plan_id' } },
    { table: 'plan_version', label: 'Versions of the plan' },
    { table: 'plan_agreement', label: 'Agreement to the plan' },
  ],
  auditActions: PLAN_AUDIT_ACTIONS,
  deadlines: service => service.deadlines,
  timeline: service => service.timelineEvents,
  demo: ({ tx, today }) => seedPlansDemo(tx, today).then(() => undefined),
  generate: [plansPart],
})
export type { PlansService } from './plans.service.ts'
