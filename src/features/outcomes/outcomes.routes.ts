import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { chartSvg } from './outcomes.charts.ts'
import { outcomesCsv } from './outcomes.csv.ts'
import { OUTCOMES_READERS } from './outcomes.policy.ts'
import { outcomesQuery } from './outcomes.schemas.ts'
import type { OutcomesService } from './outcomes.service.ts'
import { dashboardView } from './outcomes.view.ts'

/** The outcomes dashboard and its CSV. */
export function outcomesRoutes(outcomes: OutcomesService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)

  pages.get(
    '/outcomes',
    { summary: 'Outcomes by group', roles: OUTCOMES_READERS, query: outcomesQuery },
    async ({ ctx, query, res }) => {
      const view = await outcomes.dashboard(ctx, query)
      const charts = await Promise.all(
        view.measures.map(m => (m.groups.some(g => g.figure) ? chartSvg(m) : Promise.resolve(null))),
      )
      res.render('outcomes/views/outcomes.njk', {
        pageTitle: 'Outcomes by group',
        activeSection: 'outcomes',
        ...view,
        ...dashboardView(view, charts),
      })
    },
  )

  pages.get(
    '/outcomes.csv',
    { summary: 'Outcomes by group (CSV)', roles: OUTCOMES_READERS, query: outcomesQuery },
    async ({ ctx, query, res }) => {
      const { level, quarter, breakdowns } = await outcomes.download(ctx, query)
      res.type('text/csv; charset=utf-8')
      res.setHeader('Content-Disposition', `attachment; filename="outcomes-${level}-${quarter}.csv"`)
      res.send(outcomesCsv(breakdowns))
    },
  )

  return router
}
