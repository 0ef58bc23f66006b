import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { historyResponse, pageQuery, queueResponse, signedOffResponse, signOffSchema } from './oversight.schemas.ts'
import type { OversightService } from './oversight.service.ts'

const MANAGER = ['manager'] as const

export function oversightApi(oversight: OversightService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'Oversight')

  api.get(
    '/oversight',
    {
      summary: "One page of the manager's queue, what each kind holds, and the share of cases with recorded oversight",
      query: pageQuery,
      roles: MANAGER,
      response: { schema: queueResponse },
    },
    ({ ctx, query }) => oversight.queue(ctx, query),
  )

  api.post(
    '/oversight/sign-offs',
    {
      summary: 'Sign off an item of the queue, with an optional note',
      body: signOffSchema,
      roles: MANAGER,
      response: { status: 201, schema: signedOffResponse },
    },
    ({ ctx, body }) => oversight.signOff(ctx, body),
  )

  api.get(
    '/oversight/sign-offs',
    {
      summary: "The team's sign-offs, the latest first",
      query: pageQuery,
      roles: MANAGER,
      response: { schema: historyResponse },
    },
    ({ ctx, query }) => oversight.history(ctx, query),
  )

  return router
}
