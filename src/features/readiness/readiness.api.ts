import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { ITEMS } from './readiness-items.ts'
import { ITEM_KEYS } from './readiness.rules.ts'
import { housingReferralSchema, ITEM_SCHEMAS } from './readiness.schemas.ts'
import type { ReadinessService } from './readiness.service.ts'

export function readinessApi(readiness: ReadinessService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/readiness', requireSignIn)
  const api = registry.on(router)
  const tag = 'Release readiness'

  api.get(
    '/people/:id/readiness',
    { summary: 'The release-readiness checklist with due dates, its RAG summary and the housing duty', tag },
    async (req, res) => {
      res.json(await readiness.checklist(contextOf(req), param(req, 'id')))
    },
  )

  // One operation per item, so that the document shows each item's own fields.
  for (const item of ITEM_KEYS) {
    api.put(
      `/people/:id/readiness/items/${item}`,
      {
        summary: `Record “${ITEMS[item].title}” (send the version you read, 0 if never saved)`,
        tag,
        body: ITEM_SCHEMAS[item],
      },
      async (req, res) => {
        res.json(await readiness.updateItem(contextOf(req), param(req, 'id'), item, req.body))
      },
    )
  }

  api.post(
    '/people/:id/readiness/housing-referrals',
    {
      summary: 'Record a referral to a council under the duty to refer, with the person’s consent',
      tag,
      body: housingReferralSchema,
    },
    async (req, res) => {
      res.status(201).json(await readiness.recordReferral(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.get(
    '/people/:id/readiness/release-day',
    { summary: 'The release-day plan in plain words (the person may read their own)', tag },
    async (req, res) => {
      res.json(await readiness.releaseDay(contextOf(req), param(req, 'id')))
    },
  )

  return router
}
