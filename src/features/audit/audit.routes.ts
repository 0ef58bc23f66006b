import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { auditQuerySchema } from './audit.schemas.ts'
import type { AuditService } from './audit.service.ts'

const AUDIT_LIST = 'audit/views/audit-list.njk'

export function auditRoutes(audit: AuditService, routes: RouteRegistry): Router {
  const router = Router()
  const page = { pageTitle: 'Audit trail', activeSection: 'audit' }
  routes.pages(router).get(
    '/admin/audit',
    {
      summary: 'Audit trail',
      query: auditQuerySchema,
      roles: ['admin'],
      // A filter that cannot be used is shown on the filter form, with what was typed.
      form: { view: AUDIT_LIST, context: () => page },
    },
    async ({ ctx, query, req, res }) => {
      const result = await audit.search(ctx, query)
      res.render(AUDIT_LIST, { ...page, ...result, values: req.query })
    },
  )
  return router
}
