import { Router, type Request } from 'express'
import { isUuid } from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { breachChoices, reviewChoices, reviewRows } from './recall.view.ts'
import { breachRecordSchema, correctsQuery, countersignSchema, reviewParams } from './recall.schemas.ts'
import type { RecallService } from './recall.service.ts'

const BREACH_FORM = 'recall/views/breach-form.njk'
const REVIEW_PAGE = 'recall/views/review.njk'
const BREACH_LIMITS = maxLengths(breachRecordSchema)
const COUNTERSIGN_LIMITS = maxLengths(countersignSchema)

/** Breach and recall pages: the list, the breach record, the review with its countersignature, the letter. */
export function recallRoutes(recall: RecallService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.casePages(router, 'recall')
  const recallPath = (personId: string) => `/people/${personId}/recall`
  const page = (personId: string, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    backLink: recallPath(personId),
  })

  pages.get('/recall', { summary: 'Breach and recall' }, async ({ ctx, personId, res }) => {
    const view = await recall.overview(ctx, personId)
    res.render('recall/views/recall.njk', {
      ...page(personId, 'Breach and recall'),
      backLink: undefined,
      ...view,
      rows: reviewRows(personId, view.reviews),
    })
  })

  const breachForm = async (req: Request) => {
    // A correction that names no decision of this person is refused by the schema; the form is still shown.
    const corrects = [req.query.corrects, req.body?.correctsId].find(isUuid)
    const form = await recall.recordForm(contextOf(req), param(req, 'id'), corrects)
    return {
      ...page(param(req, 'id'), form.corrects ? 'Correct a recall decision' : 'Record a breach'),
      ...form,
      ...breachChoices(),
      limits: BREACH_LIMITS,
    }
  }

  pages.get('/recall/new', { summary: 'Record a breach', query: correctsQuery }, async ({ req, res }) => {
    const form = await breachForm(req)
    const values = form.corrects ? { ...form.corrects, correctsId: form.corrects.id } : {}
    res.render(BREACH_FORM, { ...form, values })
  })

  pages.post(
    '/recall/new',
    { summary: 'Record a breach', body: breachRecordSchema, form: { view: BREACH_FORM, context: breachForm } },
    async ({ ctx, personId, body, res }) => {
      const { id } = await recall.recommend(ctx, personId, body)
      redirectSaved(res, `${recallPath(personId)}/${id}`, 'Breach recorded and sent for countersignature')
    },
  )

  const reviewPage = async (req: Request) => {
    const view = await recall.review(contextOf(req), param(req, 'id'), param(req, 'reviewId'))
    return {
      ...page(param(req, 'id'), 'Recall review'),
      ...view,
      ...reviewChoices(view.review),
      limits: COUNTERSIGN_LIMITS,
    }
  }

  pages.get('/recall/:reviewId', { summary: 'Recall review', params: reviewParams }, async ({ req, res }) => {
    res.render(REVIEW_PAGE, { ...(await reviewPage(req)), values: {} })
  })

  pages.post(
    '/recall/:reviewId/countersign',
    {
      summary: 'Countersign a recall decision',
      params: reviewParams,
      body: countersignSchema,
      roles: ['manager'],
      form: { view: REVIEW_PAGE, context: reviewPage },
    },
    async ({ ctx, personId, params, body, res }) => {
      await recall.countersign(ctx, personId, params.reviewId, body)
      redirectSaved(res, `${recallPath(personId)}/${params.reviewId}`, 'Decision countersigned')
    },
  )

  pages.get(
    '/recall/:reviewId/letter.pdf',
    { summary: 'Letter after a decision not to recall', params: reviewParams },
    async ({ ctx, personId, params, res }) => {
      const { fileName, pdf } = await recall.letter(ctx, personId, params.reviewId)
      sendPdf(res, fileName, pdf)
    },
  )

  return router
}
