import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { ConvictionsService } from './convictions.service.ts'
import { convictionRecordSchema, convictionsResponse, createdResponse, recordParams } from './convictions.schemas.ts'

export function convictionsApi(convictions: ConvictionsService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Disclosure')

  api.get(
    '/convictions',
    {
      summary: "A person's earlier cautions and convictions, and when each becomes spent",
      response: { schema: convictionsResponse },
    },
    ({ ctx, personId }) => convictions.disclosure(ctx, personId),
  )

  api.post(
    '/convictions',
    {
      summary: 'Record an earlier caution or conviction (the date of birth is the person’s)',
      body: convictionRecordSchema,
      response: { status: 201, schema: createdResponse },
    },
    ({ ctx, personId, body }) => convictions.add(ctx, personId, body),
  )

  api.delete(
    '/convictions/:recordId',
    { summary: 'Remove a recorded caution or conviction', params: recordParams, response: 'empty' },
    ({ ctx, personId, params }) => convictions.remove(ctx, personId, params.recordId),
  )

  return router
}
