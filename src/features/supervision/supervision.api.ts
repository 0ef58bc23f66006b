import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { appointmentRecordSchema, appointmentSchema, journeyQuerySchema, setbackSchema } from './supervision.schemas.ts'
import type { SupervisionService } from './supervision.service.ts'

export function supervisionApi(supervision: SupervisionService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/supervision', requireSignIn)
  const api = registry.on(router)
  const tag = 'Supervision'

  api.get(
    '/people/:id/supervision',
    {
      summary: "A person's appointments, setbacks and the journey they make together, 50 steps a page from the latest",
      tag,
      query: journeyQuerySchema,
    },
    async (req, res) => {
      res.json(await supervision.overview(contextOf(req), param(req, 'id'), req.query))
    },
  )

  api.post(
    '/people/:id/supervision/appointments',
    { summary: 'Schedule a supervision appointment', tag, body: appointmentSchema },
    async (req, res) => {
      res.status(201).json(await supervision.schedule(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.put(
    '/people/:id/supervision/appointments/:appointmentId',
    {
      summary: 'Record what happened at an appointment (send the version you read)',
      tag,
      body: appointmentRecordSchema,
    },
    async (req, res) => {
      res.json(await supervision.record(contextOf(req), param(req, 'id'), param(req, 'appointmentId'), req.body))
    },
  )

  api.post(
    '/people/:id/supervision/setbacks',
    { summary: 'Record a setback and the response chosen, with its reason', tag, body: setbackSchema },
    async (req, res) => {
      res.status(201).json(await supervision.addSetback(contextOf(req), param(req, 'id'), req.body))
    },
  )

  return router
}
