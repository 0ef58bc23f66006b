import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { releaseDayPdf } from './release-day-pdf.ts'
import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { ReadinessService } from './readiness.service.ts'

const VIEWS = {
  checklist: 'readiness/views/readiness.njk',
  item: 'readiness/views/item-form.njk',
  referral: 'readiness/views/housing-referral.njk',
  releaseDay: 'readiness/views/release-day.njk',
}

/** The readiness checklist, a form per item, the housing referral and the release-day plan. */
export function readinessRoutes(readiness: ReadinessService): Router {
  const router = Router()
  router.use(['/people/:id/readiness', '/people/:id/release-day', '/people/:id/release-day.pdf'], requireSignIn)
  const checklistHref = (req: Request) => `/people/${param(req, 'id')}/readiness`

  router.get('/people/:id/readiness', async (req, res) => {
    const checklist = await readiness.checklist(contextOf(req), param(req, 'id'))
    res.render(VIEWS.checklist, { pageTitle: 'Release readiness', activeSection: 'people', ...checklist })
  })

  const referralForm = async (req: Request) => ({
    pageTitle: 'Referral to a council under the duty to refer',
    activeSection: 'people',
    backLink: checklistHref(req),
    ...(await readiness.referralForm(contextOf(req), param(req, 'id'))),
  })

  router.get('/people/:id/readiness/housing-referral', async (req, res) => {
    res.render(VIEWS.referral, { ...(await referralForm(req)), values: {} })
  })

  router.post(
    '/people/:id/readiness/housing-referral',
    onInvalidRender(VIEWS.referral, referralForm),
    async (req, res) => {
      await readiness.recordReferral(contextOf(req), param(req, 'id'), req.body)
      res.redirect(303, checklistHref(req))
    },
  )

  const itemForm = async (req: Request) => {
    const form = await readiness.itemForEdit(contextOf(req), param(req, 'id'), param(req, 'item'))
    return {
      pageTitle: `Release readiness: ${form.item.title}`,
      activeSection: 'people',
      backLink: checklistHref(req),
      ...form,
    }
  }

  router.get('/people/:id/readiness/:item', async (req, res) => {
    res.render(VIEWS.item, await itemForm(req))
  })

  router.post('/people/:id/readiness/:item', onInvalidRender(VIEWS.item, itemForm), async (req, res) => {
    await readiness.updateItem(contextOf(req), param(req, 'id'), param(req, 'item'), req.body)
    res.redirect(303, checklistHref(req))
  })

  router.get('/people/:id/release-day', async (req, res) => {
    const plan = await readiness.releaseDay(contextOf(req), param(req, 'id'))
    res.render(VIEWS.releaseDay, {
      pageTitle: 'Release day plan',
      activeSection: plan.forPerson ? 'home' : 'people',
      backHref: plan.forPerson ? '/' : checklistHref(req),
      ...plan,
    })
  })

  router.get('/people/:id/release-day.pdf', async (req, res) => {
    const { plan } = await readiness.releaseDay(contextOf(req), param(req, 'id'))
    sendPdf(res, 'release-day-plan.pdf', await renderPdf(releaseDayPdf(plan)))
  })

  return router
}
