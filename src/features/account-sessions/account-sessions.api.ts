import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { endedOthersResponse, sessionParams, sessionsResponse } from './account-sessions.schemas.ts'
import type { AccountSessionsService } from './account-sessions.service.ts'

export function accountSessionsApi(service: AccountSessionsService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'Your sessions')

  api.get(
    '/account/sessions',
    {
      summary: 'Where you are signed in: each live session, the one in use marked',
      response: { schema: sessionsResponse },
    },
    ({ ctx, req }) => service.list(ctx, req.sessionToken!),
  )

  api.post(
    '/account/sessions/:sessionId/end',
    { summary: 'End one of your other sessions', params: sessionParams, response: 'empty' },
    ({ ctx, req, params }) => service.end(ctx, req.sessionToken!, params.sessionId),
  )

  api.post(
    '/account/sessions/end-others',
    { summary: 'End all your sessions but this one', response: { schema: endedOthersResponse } },
    ({ ctx, req }) => service.endOthers(ctx, req.sessionToken!),
  )

  return router
}
