import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { casePageResponse, teamResponse, yourPractitionerResponse } from './continuity.schemas.ts'
import type { ContinuityService } from './continuity.service.ts'

export function continuityApi(continuity: ContinuityService, routes: RouteRegistry): Router {
  const router = Router()
  const tag = 'Continuity'

  routes.caseApi(router, tag).get(
    '/continuity',
    {
      summary: "A person's practitioners over time, the handover notes and their continuity measures",
      response: { schema: casePageResponse },
    },
    ({ ctx, personId }) => continuity.casePage(ctx, personId),
  )

  const api = routes.api(router, tag)
  api.get(
    '/continuity',
    {
      summary: "The continuity measures of the manager's team, and each person's changes of COM",
      response: { schema: teamResponse },
    },
    ({ ctx }) => continuity.teamPage(ctx),
  )

  api.get(
    '/your-practitioner',
    {
      summary: 'For a person: who their practitioner is, and any change',
      roles: ['person'],
      response: { schema: yourPractitionerResponse },
    },
    ({ ctx }) => continuity.yourPractitioner(ctx),
  )

  return router
}
