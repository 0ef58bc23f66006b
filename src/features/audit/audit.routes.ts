import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { auditQuerySchema } from './audit.schemas.ts'
import type { AuditService } from './audit.service.ts'

export function auditRoutes(audit: AuditService): Router {
  const router = Router()
  const page = { pageTitle: 'Audit trail', activeSection: 'audit' }
  // A filter that cannot be used is shown on the filter form, with what was typed.
  const invalidFilters = onInvalidRender('audit/views/audit-list.njk', () => page)
  router.get('/admin/audit', requireSignIn, invalidFilters, async (req, res) => {
    const result = await audit.search(contextOf(req), req.query)
    res.render('audit/views/audit-list.njk', { ...page, ...result, values: req.query })
  })
  return router
}

export function auditApi(audit: AuditService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/audit', requireSignIn)
  registry
    .on(router)
    .get(
      '/audit',
      { summary: 'Search the audit trail (administrators)', tag: 'Audit', query: auditQuerySchema },
      async (req, res) => {
        res.json(await audit.search(contextOf(req), req.query))
      },
    )
  return router
}
