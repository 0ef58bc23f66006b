import { Router } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  contactSavedResponse,
  handoverResponse,
  handoverSchemas,
  meetingSavedResponse,
  reportResponse,
} from './handover.schemas.ts'
import type { HandoverService } from './handover.service.ts'

export function handoverApi(handover: HandoverService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Handover')
  const schemas = handoverSchemas(today)

  api.get(
    '/handover',
    {
      summary: "A person's handover: the meeting, the COM's contacts before release, and the flags",
      response: { schema: handoverResponse },
    },
    ({ ctx, personId }) => handover.overview(ctx, personId),
  )

  api.put(
    '/handover/meeting',
    {
      summary: 'Record the handover meeting, or change it (send the version you read)',
      body: schemas.meeting,
      response: { schema: meetingSavedResponse },
    },
    ({ ctx, personId, body }) => handover.recordMeeting(ctx, personId, body),
  )

  api.post(
    '/handover/contacts',
    {
      summary: "Record one of the COM's contacts with the person before release",
      body: schemas.contact,
      response: { status: 201, schema: contactSavedResponse },
    },
    ({ ctx, personId, body }) => handover.addContact(ctx, personId, body),
  )

  api.get(
    '/handover/report',
    {
      summary: 'The handover report, generated from the record, as sections of rows, tables and text',
      response: { schema: reportResponse },
    },
    ({ ctx, personId }) => handover.report(ctx, personId),
  )

  api.get(
    '/handover/report.pdf',
    { summary: 'The handover report on paper (PDF)', response: 'pdf' },
    async ({ ctx, personId }) => handover.reportPdf(ctx, personId),
  )

  return router
}
