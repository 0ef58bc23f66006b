import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { timelineQuerySchema, timelineResponse } from './timeline.schemas.ts'
import type { TimelineService } from './timeline.service.ts'

export function timelineApi(timeline: TimelineService, routes: RouteRegistry): Router {
  const router = Router()
  routes.caseApi(router, 'Timeline').get(
    '/timeline',
    {
      summary:
        "A person's journey from arrival to the end of licence, newest first, optionally one kind of moment, 50 a page",
      query: timelineQuerySchema,
      response: { schema: timelineResponse },
    },
    ({ ctx, personId, query }) => timeline.forPerson(ctx, personId, query),
  )
  return router
}
