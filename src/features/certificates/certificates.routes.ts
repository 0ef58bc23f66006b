import { Router, type Request } from 'express'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  certificateParams,
  certificateSchema,
  ownCertificateParams,
  revokeSchema,
  verifyQuery,
} from './certificates.schemas.ts'
import type { CertificatesService } from './certificates.service.ts'
import { choiceItems, STATUS_TAGS } from './certificates.view.ts'

const FORM = 'certificates/views/certificate-form.njk'
const CERTIFICATE = 'certificates/views/certificate.njk'
const LIMITS = { ...maxLengths(certificateSchema), ...maxLengths(revokeSchema) }

/** The certificate section of a case, and the public verification page. */
export function certificatesRoutes(certificates: CertificatesService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.casePages(router, 'certificates')
  const home = (personId: string) => `/people/${personId}/certificates`
  const page = (personId: string, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    backLink: home(personId),
  })

  pages.get('/certificates', { summary: 'Certificate of rehabilitation' }, async ({ ctx, personId, res }) => {
    const view = await certificates.overview(ctx, personId)
    res.render('certificates/views/certificates.njk', {
      ...page(personId, 'Certificate of rehabilitation'),
      backLink: undefined,
      ...view,
      statusTags: STATUS_TAGS,
    })
  })

  const formPage = async (req: Request) => {
    const form = await certificates.form(contextOf(req), param(req, 'id'))
    const values = (req.body ?? {}) as Record<string, unknown>
    return {
      ...page(param(req, 'id'), 'Prepare a certificate'),
      ...form,
      ...choiceItems(form.achievements, form.givingBack, values),
      limits: LIMITS,
    }
  }

  pages.get('/certificates/new', { summary: 'Prepare a certificate of rehabilitation' }, async ({ req, res }) => {
    res.render(FORM, { ...(await formPage(req)), values: {} })
  })

  pages.post(
    '/certificates/new',
    {
      summary: 'Sign a certificate and send it for countersignature',
      body: certificateSchema,
      roles: ['com', 'manager'],
      form: { view: FORM, context: formPage },
    },
    async ({ ctx, personId, body, res }) => {
      const { id } = await certificates.sign(ctx, personId, body)
      redirectSaved(res, `${home(personId)}/${id}`, 'Certificate signed and sent for countersignature')
    },
  )

  const certificatePage = async (req: Request) => {
    const view = await certificates.certificate(contextOf(req), param(req, 'id'), param(req, 'certificateId'))
    return {
      ...page(param(req, 'id'), 'Certificate of rehabilitation'),
      ...view,
      achievementsShown: view.achievements.map(a => a.title).join(', '),
      givingBackShown: view.givingBack.map(g => `${g.role} at ${g.organisation}`).join(', '),
      statusTags: STATUS_TAGS,
      limits: LIMITS,
    }
  }

  pages.get(
    '/certificates/:certificateId',
    { summary: 'One certificate of rehabilitation', params: certificateParams },
    async ({ req, res }) => {
      res.render(CERTIFICATE, { ...(await certificatePage(req)), values: {} })
    },
  )

  pages.post(
    '/certificates/:certificateId/countersign',
    {
      summary: 'Countersign and issue a certificate',
      params: certificateParams,
      roles: ['manager'],
      form: { view: CERTIFICATE, context: certificatePage },
    },
    async ({ ctx, personId, params, res }) => {
      await certificates.countersign(ctx, personId, params.certificateId)
      redirectSaved(res, `${home(personId)}/${params.certificateId}`, 'Certificate countersigned and issued')
    },
  )

  pages.post(
    '/certificates/:certificateId/revoke',
    {
      summary: 'Revoke an issued certificate',
      params: certificateParams,
      body: revokeSchema,
      roles: ['com', 'manager'],
      form: { view: CERTIFICATE, context: certificatePage },
    },
    async ({ ctx, personId, params, body, res }) => {
      await certificates.revoke(ctx, personId, params.certificateId, body.reason)
      redirectSaved(res, `${home(personId)}/${params.certificateId}`, 'Certificate revoked')
    },
  )

  pages.get(
    '/certificates/:certificateId/certificate.pdf',
    { summary: 'The certificate of rehabilitation (PDF)', params: certificateParams },
    async ({ ctx, personId, params, res }) => {
      const { fileName, pdf } = await certificates.pdf(ctx, personId, params.certificateId)
      sendPdf(res, fileName, pdf)
    },
  )

  const personPages = routes.pages(router)
  personPages.get(
    '/your-certificate/:certificateId',
    { summary: 'Your certificate of rehabilitation (PDF)', params: ownCertificateParams, roles: ['person'] },
    async ({ ctx, params, res }) => {
      const { fileName, pdf } = await certificates.ownPdf(ctx, params.certificateId)
      sendPdf(res, fileName, pdf)
    },
  )

  routes
    .pages(router)
    .get(
      '/verify',
      { summary: 'Check a certificate of rehabilitation', query: verifyQuery, public: true },
      async ({ query, req, res }) => {
        const code = query.code?.trim()
        const result = code ? await certificates.verify(code, req.ip ?? 'unknown', req.correlationId) : null
        res.render('certificates/views/verify.njk', {
          pageTitle: 'Check a certificate of rehabilitation',
          code,
          result,
        })
      },
    )

  return router
}
