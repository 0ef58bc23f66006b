import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { OverviewService } from './overview.service.ts'
import { overviewRows } from './overview.view.ts'

/** The first page of a case: what needs doing, then the key facts. */
export function overviewRoutes(overview: OverviewService, routes: RouteRegistry): Router {
  const router = Router()
  routes.casePages(router, 'overview').get('', { summary: 'Person overview' }, async ({ ctx, personId, res }) => {
    const view = await overview.overview(ctx, personId)
    res.render('overview/views/overview.njk', {
      pageTitle: 'Person overview',
      activeSection: 'people',
      ...view,
      ...overviewRows(view),
    })
  })
  return router
}
