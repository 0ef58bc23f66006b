import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { subjectAccessResponse, subjectParams } from './subject-access.schemas.ts'
import type { SubjectAccessService } from './subject-access.service.ts'

export function subjectAccessApi(subjectAccess: SubjectAccessService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'Subject access')
  api.get(
    '/subject-access/:personId',
    {
      summary: 'Everything held about a person, and who has seen it (administrators; the export is audited)',
      params: subjectParams,
      roles: ['admin'],
      response: { schema: subjectAccessResponse },
    },
    ({ ctx, params }) => subjectAccess.exportJson(ctx, params.personId),
  )
  api.get(
    '/subject-access/:personId/pdf',
    {
      summary: 'Everything held about a person, as a readable PDF (administrators; the export is audited)',
      params: subjectParams,
      roles: ['admin'],
      response: 'pdf',
    },
    ({ ctx, params }) => subjectAccess.exportPdf(ctx, params.personId),
  )
  return router
}
