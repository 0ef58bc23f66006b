import { Router, type Request } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { timelineQuerySchema } from './timeline.schemas.ts'
import type { TimelineService } from './timeline.service.ts'

const VIEW = 'timeline/views/timeline.njk'

/** The timeline page, filtered by kind through a GET form. */
export function timelineRoutes(timeline: TimelineService): Router {
  const router = Router()
  router.use('/people/:id/timeline', requireSignIn)
  // A kind not in the list shows the whole timeline again with the error beside the filter.
  const unfiltered = async (req: Request) => ({
    pageTitle: 'Timeline',
    activeSection: 'people',
    caseSection: 'timeline',
    ...(await timeline.forPerson(contextOf(req), param(req, 'id'), {})),
  })

  router.get('/people/:id/timeline', onInvalidRender(VIEW, unfiltered), async (req, res) => {
    const view = await timeline.forPerson(contextOf(req), param(req, 'id'), req.query)
    res.render(VIEW, {
      pageTitle: 'Timeline',
      activeSection: 'people',
      caseSection: 'timeline',
      values: req.query,
      ...view,
    })
  })

  return router
}

export function timelineApi(timeline: TimelineService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/timeline', requireSignIn)
  registry.on(router).get(
    '/people/:id/timeline',
    {
      summary:
        "A person's journey from arrival to the end of licence, newest first, optionally one kind of moment, 50 a page",
      tag: 'Timeline',
      query: timelineQuerySchema,
    },
    async (req, res) => {
      res.json(await timeline.forPerson(contextOf(req), param(req, 'id'), req.query))
    },
  )
  return router
}
