import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { needsApi } from './needs.api.ts'
import { NEEDS_AUDIT_ACTIONS } from './needs.audit.ts'
import { seedNeedsDemo } from './needs.demo.ts'
import { needsPart } from './needs.generate.ts'
import { createNeedsRepository } from './needs.repository.ts'
import { needsRoutes } from './needs.routes.ts'
import { createNeedsService, type NeedsService } from './needs.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** Needs screening on arrival and before release across the seven pathways, and the work in custody. */
export const needs = defineFeature({
  name: 'needs',
  needs: ['people'],
  build: ({ db, audit, today, people, contributions }: Deps) =>
    createNeedsService({
      db,
      repository: createNeedsRepository(db),
      people,
      audit,
      today,
      promptSources: contributions.casePrompts,
    }),
  pages: (service, routes, { today }) => needsRoutes(service, routes, today),
  api: (service, routes, { today }) => needsApi(service, routes, today),
  caseSection: { key: 'needs', label: 'Needs', path: '/needs', order: 10, roles: ['pom', 'com', 'manager'] },
  subjectAccess: [
    { table: 'needs_screening', label: 'Needs screenings' },
    {
      table: 'needs_screening_pathway',
      label: 'Needs screening answers by pathway',
      via: { table: 'needs_screening', column: 'screening_id' },
    },
    {
      table: 'needs_screening_womens_need',
      label: 'Needs screening answers for women',
      via: { table: 'needs_screening', column: 'screening_id' },
    },
    { table: 'need_action', label: 'Actions for needs' },
  ],
  auditActions: NEEDS_AUDIT_ACTIONS,
  deadlines: service => service.deadlines,
  timeline: service => service.timelineEvents,
  reportSections: service => service.reportSections,
  demo: ({ tx, today }) => seedNeedsDemo(tx, today),
  generate: [needsPart],
})

export type { NeedsService }
