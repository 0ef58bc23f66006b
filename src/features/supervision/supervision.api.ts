import { Router } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  appointmentParams,
  appointmentRecordSchema,
  appointmentSchema,
  createdResponse,
  journeyQuerySchema,
  recordedResponse,
  setbackCreatedResponse,
  setbackSchema,
  supervisionResponse,
} from './supervision.schemas.ts'
import type { SupervisionService } from './supervision.service.ts'

export function supervisionApi(supervision: SupervisionService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Supervision')

  api.get(
    '/supervision',
    {
      summary: "A person's appointments, setbacks and the journey they make together, 50 steps a page from the latest",
      query: journeyQuerySchema,
      response: { schema: supervisionResponse },
    },
    ({ ctx, personId, query }) => supervision.overview(ctx, personId, query.page),
  )

  api.post(
    '/supervision/appointments',
    {
      summary: 'Schedule a supervision appointment',
      body: appointmentSchema,
      response: { status: 201, schema: createdResponse },
    },
    ({ ctx, personId, body }) => supervision.schedule(ctx, personId, body),
  )

  api.put(
    '/supervision/appointments/:appointmentId',
    {
      summary: 'Record what happened at an appointment (send the version you read)',
      params: appointmentParams,
      body: appointmentRecordSchema,
      response: { schema: recordedResponse },
    },
    ({ ctx, personId, params, body }) => supervision.record(ctx, personId, params.appointmentId, body),
  )

  api.post(
    '/supervision/setbacks',
    {
      summary: 'Record a setback and the response chosen, with its reason',
      body: setbackSchema(today),
      response: { status: 201, schema: setbackCreatedResponse },
    },
    ({ ctx, personId, body }) => supervision.addSetback(ctx, personId, body),
  )

  return router
}
