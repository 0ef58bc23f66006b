import { Router } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  actionParams,
  actionSavedResponse,
  addActionSchema,
  completeActionSchema,
  needsSummaryResponse,
  screeningParams,
  screeningResponse,
  screeningSavedResponse,
  screeningSchema,
  updateActionSchema,
} from './needs.schemas.ts'
import type { NeedsService } from './needs.service.ts'

export function needsApi(needs: NeedsService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Needs')

  api.get(
    '/needs',
    {
      summary: "A person's needs: screening deadlines, the latest answer per pathway, changes since arrival, actions",
      response: { schema: needsSummaryResponse },
    },
    ({ ctx, personId }) => needs.summary(ctx, personId),
  )

  api.get(
    '/needs/screenings/:kind',
    {
      summary: 'The screening on arrival (kind: arrival) or the pre-release review (kind: pre-release)',
      params: screeningParams,
      response: { schema: screeningResponse },
    },
    ({ ctx, personId, params }) => needs.screening(ctx, personId, params.kind),
  )

  api.put(
    '/needs/screenings/:kind',
    {
      summary: 'Record the screening on arrival or the pre-release review (send the version you read to change one)',
      params: screeningParams,
      body: screeningSchema,
      response: { schema: screeningSavedResponse, createdWhen: (saved: { created: boolean }) => saved.created },
    },
    ({ ctx, personId, params, body }) => needs.recordScreening(ctx, personId, params.kind, body),
  )

  api.post(
    '/needs/actions',
    {
      summary: 'Add an action against a need',
      body: addActionSchema(today),
      response: { status: 201, schema: actionSavedResponse },
    },
    ({ ctx, personId, body }) => needs.addAction(ctx, personId, body),
  )

  api.put(
    '/needs/actions/:actionId',
    {
      summary: 'Change an action and its progress (send the version you read)',
      params: actionParams,
      body: updateActionSchema,
      response: { schema: actionSavedResponse },
    },
    ({ ctx, personId, params, body }) => needs.updateAction(ctx, personId, params.actionId, body),
  )

  api.post(
    '/needs/actions/:actionId/done',
    {
      summary: 'Mark an action done (send the version you read)',
      params: actionParams,
      body: completeActionSchema,
      response: { schema: actionSavedResponse },
    },
    ({ ctx, personId, params, body }) => needs.completeAction(ctx, personId, params.actionId, body),
  )

  return router
}
