import { Router } from 'express'
import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import type { PlansService } from '../plans/index.ts'
import { strengthsApi } from './strengths.api.ts'
import { STRENGTHS_AUDIT_ACTIONS } from './strengths.audit.ts'
import { seedStrengthsDemo } from './strengths.demo.ts'
import { strengthsPart } from './strengths.generate.ts'
import { createStrengthsRepository } from './strengths.repository.ts'
import { strengthsRoutes } from './strengths.routes.ts'
import { createStrengthsService, type StrengthsService } from './strengths.service.ts'

type Deps = PlatformDeps & { people: PeopleService; plans: PlansService }

/**
 * The strengths profile, the achievements log and giving back (principle 6: strengths-based and restorative). The
 * plan's strengths are these: the plan shows them (`planStrengths`), and strengths link to the plan's goals.
 */
export const strengths = defineFeature({
  name: 'strengths',
  needs: ['people', 'plans'],
  build: ({ db, audit, today, people, plans }: Deps) =>
    createStrengthsService({ db, repository: createStrengthsRepository(db), people, plans, audit, today }),
  pages: (service, routes) => Router().use(strengthsRoutes(service, routes)),
  api: (service, routes) => strengthsApi(service, routes),
  caseSection: {
    key: 'strengths',
    label: 'Strengths',
    path: '/strengths',
    order: 45,
    roles: ['pom', 'com', 'manager'],
  },
  subjectAccess: [
    { table: 'strength', label: 'Strengths' },
    { table: 'strength_change', label: 'Changes to strengths', via: { table: 'strength', column: 'strength_id' } },
    { table: 'achievement', label: 'Achievements', labels: { evidence: 'Evidence file' } },
    { table: 'giving_back', label: 'Giving back' },
  ],
  auditActions: STRENGTHS_AUDIT_ACTIONS,
  timeline: service => service.timelineEvents,
  planStrengths: service => service.planStrengths,
  demo: seedStrengthsDemo,
  generate: [strengthsPart],
})

export type { StrengthsService }
export type { Achievement, GivingBack } from './strengths.mappers.ts'
