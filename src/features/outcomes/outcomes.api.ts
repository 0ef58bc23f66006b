import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { OUTCOMES_READERS } from './outcomes.policy.ts'
import { outcomesQuery, outcomesResponse } from './outcomes.schemas.ts'
import type { OutcomesService } from './outcomes.service.ts'

export function outcomesApi(outcomes: OutcomesService, routes: RouteRegistry): Router {
  const router = Router()
  routes.api(router, 'Outcomes').get(
    '/outcomes',
    {
      summary:
        'The outcome measures of a team, PDU, region or the nation for a quarter, by group, small numbers hidden',
      roles: OUTCOMES_READERS,
      query: outcomesQuery,
      response: { schema: outcomesResponse },
    },
    async ({ ctx, query }) => {
      const { level, unit, quarter, quarterLabel, by, suppression, measures } = await outcomes.dashboard(ctx, query)
      return { level, unit, quarter, quarterLabel, by, suppression, measures }
    },
  )
  return router
}
