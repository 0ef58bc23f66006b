import { Router, type Request } from 'express'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { LimitedAccessService } from './limited-access.service.ts'
import { entryParams, limitedAccessEntrySchema } from './limited-access.schemas.ts'
import { entryRows, KIND_ITEMS } from './limited-access.view.ts'

const PAGE = 'limited-access/views/limited-access.njk'
const LIMITS = maxLengths(limitedAccessEntrySchema)

/** A manager's page of a person's exclusions and restrictions: the entries, and a form to add one. */
export function limitedAccessRoutes(service: LimitedAccessService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.casePages(router, 'overview')
  // Only a manager keeps the lists (limited-access.policy.ts): no one else is shown the pages.
  const MANAGERS = ['manager'] as const
  const listPath = (personId: string) => `/people/${personId}/limited-access`

  const page = async (req: Request) => {
    const view = await service.list(contextOf(req), param(req, 'id'))
    return {
      pageTitle: 'Limited access',
      activeSection: 'people',
      backLink: `/people/${param(req, 'id')}`,
      ...view,
      rows: entryRows(view.entries),
      kindItems: KIND_ITEMS,
      limits: LIMITS,
    }
  }

  pages.get('/limited-access', { summary: 'Limited access', roles: MANAGERS }, async ({ req, res }) => {
    res.render(PAGE, { ...(await page(req)), values: { kind: 'exclusion' } })
  })

  pages.post(
    '/limited-access',
    {
      summary: 'Add an exclusion or restriction',
      roles: MANAGERS,
      body: limitedAccessEntrySchema,
      form: { view: PAGE, context: page },
    },
    async ({ ctx, personId, body, res }) => {
      await service.add(ctx, personId, body)
      redirectSaved(res, listPath(personId), body.kind === 'exclusion' ? 'Exclusion added' : 'Restriction added')
    },
  )

  pages.post(
    '/limited-access/:entryId/end',
    { summary: 'End an exclusion or restriction', roles: MANAGERS, params: entryParams },
    async ({ ctx, personId, params, res }) => {
      await service.end(ctx, personId, params.entryId)
      redirectSaved(res, listPath(personId), 'Entry ended')
    },
  )

  return router
}
