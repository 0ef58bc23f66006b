import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  breachRecordSchema,
  countersignSchema,
  oneReviewResponse,
  recallOverviewResponse,
  reviewParams,
} from './recall.schemas.ts'
import type { RecallService } from './recall.service.ts'
import { z } from 'zod'

export function recallApi(recall: RecallService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Breach and recall')

  api.get(
    '/recall',
    { summary: "A person's breach and recall reviews", response: { schema: recallOverviewResponse } },
    ({ ctx, personId }) => recall.overview(ctx, personId),
  )

  api.post(
    '/recall',
    {
      summary: 'Record a breach and the practitioner’s recommendation, or a correction of a countersigned decision',
      body: breachRecordSchema,
      response: { status: 201, schema: z.object({ id: z.uuid() }) },
    },
    ({ ctx, personId, body }) => recall.recommend(ctx, personId, body),
  )

  api.get(
    '/recall/:reviewId',
    { summary: 'One recall review and its decision', params: reviewParams, response: { schema: oneReviewResponse } },
    ({ ctx, personId, params }) => recall.review(ctx, personId, params.reviewId),
  )

  api.post(
    '/recall/:reviewId/countersignature',
    {
      summary:
        'A senior probation officer’s decision, rationale and countersignature (never on their own recommendation)',
      params: reviewParams,
      body: countersignSchema,
      response: { schema: z.object({ id: z.uuid(), decision: countersignSchema.shape.decision }) },
    },
    ({ ctx, personId, params, body }) => recall.countersign(ctx, personId, params.reviewId, body),
  )

  api.get(
    '/recall/:reviewId/letter',
    { summary: 'The letter to the person after a decision not to recall (PDF)', params: reviewParams, response: 'pdf' },
    ({ ctx, personId, params }) => recall.letter(ctx, personId, params.reviewId),
  )

  return router
}
