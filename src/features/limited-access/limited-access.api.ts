import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { LimitedAccessService } from './limited-access.service.ts'
import {
  addedResponse,
  entryParams,
  limitedAccessEntrySchema,
  limitedAccessResponse,
} from './limited-access.schemas.ts'

export function limitedAccessApi(service: LimitedAccessService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Limited access')

  api.get(
    '/limited-access',
    { summary: "A person's exclusion and restriction lists (managers)", response: { schema: limitedAccessResponse } },
    ({ ctx, personId }) => service.list(ctx, personId),
  )

  api.post(
    '/limited-access',
    {
      summary: 'Exclude a member of staff, or restrict the case to them',
      body: limitedAccessEntrySchema,
      response: { status: 201, schema: addedResponse },
    },
    ({ ctx, personId, body }) => service.add(ctx, personId, body),
  )

  api.post(
    '/limited-access/:entryId/end',
    { summary: 'End an entry from today', params: entryParams, response: 'empty' },
    ({ ctx, personId, params }) => service.end(ctx, personId, params.entryId),
  )

  return router
}
