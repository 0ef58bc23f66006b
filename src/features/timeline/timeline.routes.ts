import { Router, type Request } from 'express'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { timelineQuerySchema } from './timeline.schemas.ts'
import type { TimelineService } from './timeline.service.ts'
import { kindItems, timelineItems } from './timeline.view.ts'

const VIEW = 'timeline/views/timeline.njk'

/** The timeline page, filtered by kind through a GET form. */
export function timelineRoutes(timeline: TimelineService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.casePages(router, 'timeline')

  const pageOf = (view: Awaited<ReturnType<TimelineService['forPerson']>>) => ({
    pageTitle: 'Timeline',
    activeSection: 'people',
    ...view,
    kindItems: kindItems(view.kind),
    items: timelineItems(view.events),
  })
  // A kind not in the list shows the whole timeline again with the error beside the filter.
  const unfiltered = async (req: Request) =>
    pageOf(await timeline.forPerson(contextOf(req), param(req, 'id'), { page: 1 }))

  pages.get(
    '/timeline',
    { summary: 'Timeline', query: timelineQuerySchema, form: { view: VIEW, context: unfiltered } },
    async ({ ctx, personId, query, res }) => {
      res.render(VIEW, { ...pageOf(await timeline.forPerson(ctx, personId, query)), values: query })
    },
  )

  return router
}
