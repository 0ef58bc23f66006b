import { Router } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { ITEMS } from './readiness-items.ts'
import { ITEM_KEYS } from './readiness.rules.ts'
import {
  checklistResponse,
  housingReferralSchema,
  itemSavedResponse,
  itemSchemas,
  referralSavedResponse,
  releaseDayResponse,
} from './readiness.schemas.ts'
import type { ReadinessService } from './readiness.service.ts'

export function readinessApi(readiness: ReadinessService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Release readiness')
  const schemas = itemSchemas(today)

  api.get(
    '/readiness',
    {
      summary: 'The release-readiness checklist with due dates, its RAG summary and the housing duty',
      response: { schema: checklistResponse },
    },
    ({ ctx, personId }) => readiness.checklist(ctx, personId),
  )

  // One operation per item, so that the document shows each item's own fields.
  for (const item of ITEM_KEYS) {
    api.put(
      `/readiness/items/${item}`,
      {
        summary: `Record “${ITEMS[item].title}” (send the version you read, 0 if never saved)`,
        body: schemas[item],
        response: { schema: itemSavedResponse },
      },
      ({ ctx, personId, body }) => readiness.updateItem(ctx, personId, item, body),
    )
  }

  api.post(
    '/readiness/housing-referrals',
    {
      summary: 'Record a referral to a council under the duty to refer, with the person’s consent',
      body: housingReferralSchema(today),
      response: { status: 201, schema: referralSavedResponse },
    },
    ({ ctx, personId, body }) => readiness.recordReferral(ctx, personId, body),
  )

  api.get(
    '/readiness/release-day',
    {
      summary: 'The release-day plan in plain words (the person may read their own)',
      response: { schema: releaseDayResponse },
    },
    ({ ctx, personId }) => readiness.releaseDay(ctx, personId),
  )

  return router
}
