import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { contactSchema, meetingSchema } from './handover.schemas.ts'
import type { HandoverService } from './handover.service.ts'

export function handoverApi(handover: HandoverService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/handover', requireSignIn)
  const api = registry.on(router)
  const tag = 'Handover'

  api.get(
    '/people/:id/handover',
    { summary: "A person's handover: the meeting, the COM's contacts before release, and the flags", tag },
    async (req, res) => {
      res.json(await handover.overview(contextOf(req), param(req, 'id')))
    },
  )

  api.put(
    '/people/:id/handover/meeting',
    {
      summary: 'Record the handover meeting, or change it (send the version you read)',
      tag,
      body: meetingSchema,
    },
    async (req, res) => {
      res.json(await handover.recordMeeting(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.post(
    '/people/:id/handover/contacts',
    { summary: "Record one of the COM's contacts with the person before release", tag, body: contactSchema },
    async (req, res) => {
      res.status(201).json(await handover.addContact(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.get(
    '/people/:id/handover/report',
    { summary: 'The handover report, generated from the record, as sections of rows, tables and text', tag },
    async (req, res) => {
      res.json(await handover.report(contextOf(req), param(req, 'id')))
    },
  )

  return router
}
