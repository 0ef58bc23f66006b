import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { Checker } from './checker-journey.ts'
import { disclosureResultResponse } from './disclosure-result.schemas.ts'
import { disclosureInputSchema } from './disclosure.schemas.ts'

/** Anyone may ask when a record becomes spent: nothing is read or stored, so no sign-in is needed. */
export function disclosureApi(checker: Checker, routes: RouteRegistry): Router {
  const router = Router()
  routes.api(router, 'Disclosure').post(
    '/disclosure/check',
    {
      summary: 'When each caution or conviction becomes spent, and when it is filtered from DBS checks',
      body: disclosureInputSchema,
      public: true,
      response: { schema: disclosureResultResponse },
    },
    ({ body }) => checker.check(body),
  )
  return router
}
