import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  awaitingComQuerySchema,
  awaitingComResponse,
  caseloadQuerySchema,
  caseloadResponse,
} from './caseload.schemas.ts'
import type { CaseloadService } from './caseload.service.ts'

export function caseloadApi(caseload: CaseloadService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'Caseload')

  api.get(
    '/caseload',
    {
      summary:
        'Your caseload (a manager: the team) with stages and deadlines, found by name or CRN, filtered by stage, 50 a page',
      query: caseloadQuerySchema,
      response: { schema: caseloadResponse },
    },
    ({ ctx, query }) => caseload.caseload(ctx, query),
  )

  api.get(
    '/caseload/awaiting-com',
    {
      summary: "For a manager: people of the team's PDU with no COM whose handover is near or past",
      query: awaitingComQuerySchema,
      response: { schema: awaitingComResponse },
    },
    ({ ctx, query }) => caseload.awaitingCom(ctx, query),
  )

  return router
}
