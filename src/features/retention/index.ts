import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { RETENTION_AUDIT_ACTIONS } from './retention.audit.ts'
import { createRetentionRepository } from './retention.repository.ts'
import { retentionApi, retentionRoutes } from './retention.routes.ts'
import { createRetentionService } from './retention.service.ts'

/** Retention rules per kind of record and the list of records due for review (never deleted without one). */
export const retention = defineFeature({
  name: 'retention',
  build: ({ db, audit, today }: PlatformDeps) =>
    createRetentionService({ repository: createRetentionRepository(db), audit, today }),
  pages: (service, routes) => retentionRoutes(service, routes),
  api: (service, routes) => retentionApi(service, routes),
  auditActions: RETENTION_AUDIT_ACTIONS,
})
export { createRetentionRepository } from './retention.repository.ts'
export { createRetentionService } from './retention.service.ts'
