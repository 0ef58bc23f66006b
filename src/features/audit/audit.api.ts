import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { auditQuerySchema, auditSearchResponse } from './audit.schemas.ts'
import type { AuditService } from './audit.service.ts'

export function auditApi(audit: AuditService, routes: RouteRegistry): Router {
  const router = Router()
  routes.api(router, 'Audit').get(
    '/audit',
    {
      summary: 'Search the audit trail (administrators)',
      query: auditQuerySchema,
      roles: ['admin'],
      response: { schema: auditSearchResponse },
    },
    ({ ctx, query }) => audit.search(ctx, query),
  )
  return router
}
