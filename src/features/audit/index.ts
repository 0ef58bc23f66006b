import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { auditApi } from './audit.api.ts'
import { AUDIT_TRAIL_ACTIONS } from './audit.audit.ts'
import { auditPart } from './audit.generate.ts'
import { createAuditRepository } from './audit.repository.ts'
import { auditRoutes } from './audit.routes.ts'
import { createAuditService } from './audit.service.ts'

/** The audit trail for administrators; last in the list, so that a generated trail covers every feature's records. */
export const audit = defineFeature({
  name: 'audit',
  build: ({ db, audit, contributions }: PlatformDeps) =>
    createAuditService(createAuditRepository(db), audit, () => contributions.auditActions),
  pages: (service, routes) => auditRoutes(service, routes),
  api: (service, routes) => auditApi(service, routes),
  auditActions: AUDIT_TRAIL_ACTIONS,
  generate: [auditPart],
})
export { createAuditRepository } from './audit.repository.ts'
export { createAuditService } from './audit.service.ts'
