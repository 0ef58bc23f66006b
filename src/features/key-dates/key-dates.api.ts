import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { deriveKeyDates } from './key-dates.rules.ts'
import { keyDatesResponse, keyDatesSchema } from './key-dates.schemas.ts'

/** The key-date rules for any caller: no record is read or written, so no sign-in is needed. */
export function keyDatesApi(routes: RouteRegistry): Router {
  const router = Router()
  routes.api(router, 'Key dates').post(
    '/key-dates',
    {
      summary: 'Derive release, handover and deadline dates from key dates',
      body: keyDatesSchema,
      response: { schema: keyDatesResponse },
      public: true,
    },
    ({ body }) => deriveKeyDates(body),
  )
  return router
}
