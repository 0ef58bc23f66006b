import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { awaitingComQuerySchema, caseloadQuerySchema } from './caseload.schemas.ts'
import type { CaseloadService } from './caseload.service.ts'
import { caseloadFilter } from './caseload.view.ts'

const CASELOAD = 'caseload/views/caseload.njk'

/** The caseload, found and filtered through a GET form, and the people waiting for a COM. */
export function caseloadRoutes(caseload: CaseloadService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)

  pages.get(
    '/caseload',
    {
      summary: 'Caseload',
      query: caseloadQuerySchema,
      // A filter that cannot be read shows the form again with the problem beside it, and nobody listed.
      form: {
        view: CASELOAD,
        context: () => ({ ...page(), ...caseloadFilter({}), query: {}, people: [], total: 0 }),
      },
    },
    async ({ ctx, query, res }) => {
      const result = await caseload.caseload(ctx, query)
      res.render(CASELOAD, { ...page(), ...caseloadFilter(query), ...result, values: query })
    },
  )

  pages.get(
    '/caseload/awaiting-com',
    { summary: 'People waiting for a COM', query: awaitingComQuerySchema },
    async ({ ctx, query, res }) => {
      const result = await caseload.awaitingCom(ctx, query)
      res.render('caseload/views/awaiting-com.njk', {
        pageTitle: 'Waiting for a COM',
        activeSection: 'caseload',
        ...result,
      })
    },
  )

  return router
}

const page = () => ({ pageTitle: 'Caseload', activeSection: 'caseload' })
