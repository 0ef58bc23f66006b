import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { breachRecordSchema, countersignSchema } from './recall.schemas.ts'
import type { RecallService } from './recall.service.ts'

export function recallApi(recall: RecallService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/recall', requireSignIn)
  const api = registry.on(router)
  const tag = 'Breach and recall'

  api.get('/people/:id/recall', { summary: "A person's breach and recall reviews", tag }, async (req, res) => {
    res.json(await recall.overview(contextOf(req), param(req, 'id')))
  })

  api.post(
    '/people/:id/recall',
    {
      summary: 'Record a breach and the practitioner’s recommendation, or a correction of a countersigned decision',
      tag,
      body: breachRecordSchema,
    },
    async (req, res) => {
      res.status(201).json(await recall.recommend(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.get('/people/:id/recall/:reviewId', { summary: 'One recall review and its decision', tag }, async (req, res) => {
    res.json(await recall.review(contextOf(req), param(req, 'id'), param(req, 'reviewId')))
  })

  api.post(
    '/people/:id/recall/:reviewId/countersignature',
    {
      summary:
        'A senior probation officer’s decision, rationale and countersignature (never on their own recommendation)',
      tag,
      body: countersignSchema,
    },
    async (req, res) => {
      res.json(await recall.countersign(contextOf(req), param(req, 'id'), param(req, 'reviewId'), req.body))
    },
  )

  api.get(
    '/people/:id/recall/:reviewId/letter',
    { summary: 'The letter to the person after a decision not to recall (PDF)', tag },
    async (req, res) => {
      sendPdf(
        res,
        'decision-not-to-recall.pdf',
        await recall.letter(contextOf(req), param(req, 'id'), param(req, 'reviewId')),
      )
    },
  )

  return router
}
