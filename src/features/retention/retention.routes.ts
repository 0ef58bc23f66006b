import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { retentionQuerySchema, retentionResponse } from './retention.schemas.ts'
import type { RetentionService } from './retention.service.ts'

const LIST = 'retention/views/retention-list.njk'

/** The records due for a retention review, for an administrator. */
export function retentionRoutes(retention: RetentionService, routes: RouteRegistry): Router {
  const router = Router()
  routes
    .pages(router)
    .get(
      '/admin/retention',
      { summary: 'Records due for a retention review', query: retentionQuerySchema, roles: ['admin'] },
      async ({ ctx, query, res }) => {
        const result = await retention.list(ctx, query.page)
        res.render(LIST, { pageTitle: 'Retention review', activeSection: 'retention', ...result })
      },
    )
  return router
}

export function retentionApi(retention: RetentionService, routes: RouteRegistry): Router {
  const router = Router()
  routes.api(router, 'Retention').get(
    '/retention/due',
    {
      summary: 'Records due for a retention review, longest overdue first (administrators)',
      query: retentionQuerySchema,
      roles: ['admin'],
      response: { schema: retentionResponse },
    },
    ({ ctx, query }) => retention.list(ctx, query.page),
  )
  return router
}
