import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { auditPart } from './audit.generate.ts'
import { createAuditRepository } from './audit.repository.ts'
import { auditApi, auditRoutes } from './audit.routes.ts'
import { createAuditService } from './audit.service.ts'

/** The audit trail for administrators; last in the list, so that a generated trail covers every feature's records. */
export const audit = defineFeature({
  name: 'audit',
  build: ({ db, audit }: PlatformDeps) => createAuditService(createAuditRepository(db), audit),
  pages: service => auditRoutes(service),
  api: (service, routes) => auditApi(service, routes),
  generate: [auditPart],
})
export { createAuditRepository } from './audit.repository.ts'
export { createAuditService } from './audit.service.ts'
