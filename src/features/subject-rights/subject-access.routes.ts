import { Router } from 'express'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { findQuerySchema, subjectParams } from './subject-access.schemas.ts'
import type { SubjectAccessService } from './subject-access.service.ts'

const FIND = 'subject-rights/views/find.njk'
const PERSON = 'subject-rights/views/person.njk'

/** The administrator's pages for a subject access request: find the person, see what is held, download it. */
export function subjectAccessRoutes(subjectAccess: SubjectAccessService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)
  const page = { pageTitle: 'Subject access', activeSection: 'subject-access' }

  pages.get(
    '/admin/subject-access',
    {
      summary: 'Find a person for a subject access request',
      query: findQuerySchema,
      roles: ['admin'],
      form: { view: FIND, context: () => page },
    },
    async ({ ctx, query, req, res }) => {
      const result = await subjectAccess.find(ctx, query.q)
      res.render(FIND, { ...page, ...result, q: query.q, values: req.query })
    },
  )

  pages.get(
    '/admin/subject-access/:personId',
    { summary: 'What is held about a person', params: subjectParams, roles: ['admin'] },
    async ({ ctx, params, res }) => {
      const summary = await subjectAccess.summary(ctx, params.personId)
      res.render(PERSON, {
        ...page,
        pageTitle: 'What is held about this person',
        backLink: '/admin/subject-access',
        ...summary,
      })
    },
  )

  pages.get(
    '/admin/subject-access/:personId/export.json',
    { summary: 'Subject access export (JSON)', params: subjectParams, roles: ['admin'] },
    async ({ ctx, params, res }) => {
      const held = await subjectAccess.exportJson(ctx, params.personId)
      res.setHeader('Content-Disposition', 'attachment; filename="subject-access-export.json"')
      res.type('application/json').send(JSON.stringify(held, null, 2))
    },
  )

  pages.get(
    '/admin/subject-access/:personId/export.pdf',
    { summary: 'Subject access export (PDF)', params: subjectParams, roles: ['admin'] },
    async ({ ctx, params, res }) => {
      const { fileName, pdf } = await subjectAccess.exportPdf(ctx, params.personId)
      sendPdf(res, fileName, pdf)
    },
  )
  return router
}
