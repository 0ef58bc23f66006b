import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { ALTERNATIVES, DECISIONS, RISK_LEVELS } from './recall.rules.ts'
import type { RecallService } from './recall.service.ts'
import { ALTERNATIVE_NAMES, DECISION_NAMES, RISK_NAMES } from './recall.wording.ts'

const BREACH_FORM = 'recall/views/breach-form.njk'
const REVIEW_PAGE = 'recall/views/review.njk'

/** Breach and recall pages: the list, the breach record, the review with its countersignature, the letter. */
export function recallRoutes(recall: RecallService): Router {
  const router = Router()
  router.use('/people/:id/recall', requireSignIn)
  const recallPath = (req: Request) => `/people/${param(req, 'id')}/recall`
  const page = (req: Request, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    caseSection: 'recall',
    backLink: recallPath(req),
    decisions: DECISIONS,
    decisionNames: DECISION_NAMES,
    alternatives: ALTERNATIVES,
    alternativeNames: ALTERNATIVE_NAMES,
    riskLevels: RISK_LEVELS,
    riskNames: RISK_NAMES,
  })

  router.get('/people/:id/recall', async (req, res) => {
    const view = await recall.overview(contextOf(req), param(req, 'id'))
    res.render('recall/views/recall.njk', { ...page(req, 'Breach and recall'), backLink: undefined, ...view })
  })

  const corrects = (req: Request) => (typeof req.query.corrects === 'string' ? req.query.corrects : undefined)
  const breachForm = async (req: Request) => ({
    ...page(req, 'Record a breach'),
    ...(await recall.recordForm(contextOf(req), param(req, 'id'), corrects(req) ?? req.body?.correctsId)),
  })

  router.get('/people/:id/recall/new', async (req, res) => {
    const form = await breachForm(req)
    const values = form.corrects ? { ...form.corrects, correctsId: form.corrects.id } : {}
    res.render(BREACH_FORM, { ...form, values })
  })

  router.post('/people/:id/recall/new', onInvalidRender(BREACH_FORM, breachForm), async (req, res) => {
    const { id } = await recall.recommend(contextOf(req), param(req, 'id'), req.body)
    res.redirect(303, `${recallPath(req)}/${id}`)
  })

  const reviewPage = async (req: Request) => ({
    ...page(req, 'Recall review'),
    ...(await recall.review(contextOf(req), param(req, 'id'), param(req, 'reviewId'))),
  })

  router.get('/people/:id/recall/:reviewId', async (req, res) => {
    res.render(REVIEW_PAGE, { ...(await reviewPage(req)), values: {} })
  })

  router.post(
    '/people/:id/recall/:reviewId/countersign',
    onInvalidRender(REVIEW_PAGE, reviewPage),
    async (req, res) => {
      await recall.countersign(contextOf(req), param(req, 'id'), param(req, 'reviewId'), req.body)
      res.redirect(303, `${recallPath(req)}/${param(req, 'reviewId')}`)
    },
  )

  router.get('/people/:id/recall/:reviewId/letter.pdf', async (req, res) => {
    const pdf = await recall.letter(contextOf(req), param(req, 'id'), param(req, 'reviewId'))
    sendPdf(res, 'decision-not-to-recall.pdf', pdf)
  })

  return router
}
