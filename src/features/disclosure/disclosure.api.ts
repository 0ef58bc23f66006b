import { Router } from 'express'
import { todayInLondon } from '../../platform/dates/calendar-date.ts'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import { checkDisclosure } from './disclosure.rules.ts'
import { disclosureInputSchema } from './disclosure.schemas.ts'

/** Anyone may ask when a record becomes spent: nothing is read or stored, so no sign-in is needed. */
export function disclosureApi(registry: ApiRegistry): Router {
  const router = Router()
  registry.on(router).post(
    '/disclosure/check',
    {
      summary: 'When each caution or conviction becomes spent, and when it is filtered from DBS checks',
      tag: 'Disclosure',
      body: disclosureInputSchema,
      public: true,
    },
    (req, res) => {
      res.json(checkDisclosure(parseInput(disclosureInputSchema, req.body), { today: todayInLondon() }))
    },
  )
  return router
}
