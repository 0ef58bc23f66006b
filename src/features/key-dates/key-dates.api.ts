import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import { deriveKeyDates } from './key-dates.rules.ts'
import { keyDatesSchema } from './key-dates.schemas.ts'

/** The key-date rules for any caller: no record is read or written, so no sign-in is needed. */
export function keyDatesApi(registry: ApiRegistry): Router {
  const router = Router()
  registry.on(router).post(
    '/key-dates',
    {
      summary: 'Derive release, handover and deadline dates from key dates',
      tag: 'Key dates',
      body: keyDatesSchema,
      public: true,
    },
    (req, res) => {
      res.json(deriveKeyDates(parseInput(keyDatesSchema, req.body)))
    },
  )
  return router
}
