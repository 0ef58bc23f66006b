import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { outcomesApi } from './outcomes.api.ts'
import { OUTCOMES_AUDIT_ACTIONS } from './outcomes.audit.ts'
import { createOutcomesRepository } from './outcomes.repository.ts'
import { outcomesRoutes } from './outcomes.routes.ts'
import { createOutcomesService } from './outcomes.service.ts'

/** The outcome measures by team, PDU, region and nation, broken down by group, small numbers hidden (issue 15). */
export const outcomes = defineFeature({
  name: 'outcomes',
  needs: ['diversity'],
  build: ({ db, audit, today }: PlatformDeps) =>
    createOutcomesService({ repository: createOutcomesRepository(db), audit, today }),
  pages: (service, routes) => outcomesRoutes(service, routes),
  api: (service, routes) => outcomesApi(service, routes),
  auditActions: OUTCOMES_AUDIT_ACTIONS,
})
