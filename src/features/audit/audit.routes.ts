import { Router, type Response } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { auditQuerySchema } from './audit.schemas.ts'
import type { AuditService } from './audit.service.ts'
import { actionItems } from './audit.view.ts'

const AUDIT_LIST = 'audit/views/audit-list.njk'

export function auditRoutes(audit: AuditService, routes: RouteRegistry): Router {
  const router = Router()
  const page = () => ({
    pageTitle: 'Audit trail',
    activeSection: 'audit',
    actionItems: actionItems(audit.actionNames()),
  })
  // A filter that cannot be used is shown on the filter form, with what was typed.
  const form = { view: AUDIT_LIST, context: page }
  routes
    .pages(router)
    .get(
      '/admin/audit',
      { summary: 'Audit trail', query: auditQuerySchema, roles: ['admin'], form },
      async ({ ctx, query, req, res }) => {
        const result = await audit.search(ctx, query)
        res.render(AUDIT_LIST, { ...page(), ...result, values: req.query, exportHref: exportHref(req.url) })
      },
    )
  routes
    .pages(router)
    .get(
      '/admin/audit.csv',
      { summary: 'The audit entries a search finds, as CSV', query: auditQuerySchema, roles: ['admin'], form },
      async ({ ctx, query, res }) => {
        const lines = audit.exportCsv(ctx, query)
        // Reading the first line checks the user may export before the headers say a file is coming.
        const first = await lines.next()
        res.type('text/csv; charset=utf-8')
        res.setHeader('Content-Disposition', 'attachment; filename="audit-trail.csv"')
        res.write(first.value ?? '')
        for await (const chunk of lines) {
          if (res.destroyed) break
          if (!res.write(chunk)) await drained(res)
        }
        res.end()
      },
    )
  return router
}

/** Waits for the client to take what was written, or to go away. */
function drained(res: Response) {
  return new Promise(resolve => {
    res.once('drain', resolve)
    res.once('close', resolve)
  })
}

/** The export of what the page shows: the same filters, every page. */
function exportHref(url: string) {
  const params = new URL(url, 'http://x').searchParams
  params.delete('page')
  const query = params.toString()
  return `/admin/audit.csv${query ? `?${query}` : ''}`
}
