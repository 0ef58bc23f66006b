import { Router, type Request } from 'express'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { planPdf } from './plan-pdf.ts'
import { formChoices } from './plan-form-choices.ts'
import type { PlansService } from './plans.service.ts'

const VIEWS = {
  plan: 'plans/views/plan.njk',
  item: 'plans/views/item-form.njk',
  agreement: 'plans/views/agreement.njk',
  history: 'plans/views/history.njk',
}

/**
 * The plan pages. The same addresses serve the practitioner and the person, each with their own page: the person
 * reaches theirs from their home page (or `/your-plan`) and sees it in plain words.
 */
export function plansRoutes(plans: PlansService): Router {
  const router = Router()
  router.use(['/people/:id/plan', '/your-plan'], requireSignIn)
  const planHref = (req: Request) => `/people/${param(req, 'id')}/plan`

  router.get('/your-plan', (req, res) => {
    const { personId } = contextOf(req).user
    res.redirect(303, personId ? `/people/${personId}/plan` : '/')
  })

  const planPage = async (req: Request) => {
    const plan = await plans.plan(contextOf(req), param(req, 'id'))
    return {
      pageTitle: plan.forPerson ? 'Your plan' : 'Resettlement plan',
      activeSection: plan.forPerson ? 'home' : 'people',
      ...plan,
    }
  }

  router.get('/people/:id/plan', async (req, res) => {
    res.render(VIEWS.plan, await planPage(req))
  })

  router.get('/people/:id/plan/history', async (req, res) => {
    const history = await plans.history(contextOf(req), param(req, 'id'))
    res.render(VIEWS.history, {
      pageTitle: history.forPerson ? 'How your plan has changed' : 'Plan history',
      activeSection: history.forPerson ? 'home' : 'people',
      backLink: planHref(req),
      ...history,
    })
  })

  router.get('/people/:id/plan/print', async (req, res) => {
    const plan = await plans.printable(contextOf(req), param(req, 'id'))
    sendPdf(res, 'resettlement-plan.pdf', await renderPdf(planPdf(plan)))
  })

  const agreementForm = async (req: Request) => {
    const plan = await planPage(req)
    return { ...plan, pageTitle: plan.forPerson ? 'Do you agree with your plan?' : 'Record the person’s answer' }
  }

  router.get('/people/:id/plan/agreement', async (req, res) => {
    const form = await agreementForm(req)
    res.render(VIEWS.agreement, { ...form, values: { version: form.plan.version.number } })
  })

  router.post('/people/:id/plan/agreement', onInvalidRender(VIEWS.agreement, agreementForm), async (req, res) => {
    await plans.recordAgreement(contextOf(req), param(req, 'id'), req.body)
    res.redirect(303, planHref(req))
  })

  // Marking a step comes from the plan page, so a refusal shows there.
  router.post('/people/:id/plan/steps/:itemId/status', onInvalidRender(VIEWS.plan, planPage), async (req, res) => {
    await plans.setStepStatus(contextOf(req), param(req, 'id'), param(req, 'itemId'), req.body)
    res.redirect(303, `${planHref(req)}#step-${param(req, 'itemId')}`)
  })

  const itemForm = async (req: Request) => {
    const ctx = contextOf(req)
    const itemId = req.params.itemId === undefined ? undefined : param(req, 'itemId')
    const form = await plans.itemForm(ctx, param(req, 'id'), param(req, 'section'), itemId)
    const choices = formChoices(form)
    return {
      ...form,
      ...choices,
      pageTitle: form.forPerson
        ? itemId
          ? 'Change your goal'
          : 'Add a goal'
        : `${itemId ? 'Change' : 'Add'}: ${choices.heading}`,
      activeSection: form.forPerson ? 'home' : 'people',
      backLink: planHref(req),
    }
  }
  const onInvalidItem = onInvalidRender(VIEWS.item, itemForm)

  router.get(['/people/:id/plan/:section/new', '/people/:id/plan/:section/:itemId'], async (req, res) => {
    res.render(VIEWS.item, await itemForm(req))
  })

  router.post(['/people/:id/plan/:section', '/people/:id/plan/:section/:itemId'], onInvalidItem, async (req, res) => {
    const itemId = req.params.itemId === undefined ? undefined : param(req, 'itemId')
    await plans.saveItem(contextOf(req), param(req, 'id'), param(req, 'section'), itemId, req.body)
    res.redirect(303, planHref(req))
  })

  router.post('/people/:id/plan/:section/:itemId/remove', onInvalidItem, async (req, res) => {
    await plans.removeItem(contextOf(req), param(req, 'id'), param(req, 'section'), param(req, 'itemId'), req.body)
    res.redirect(303, planHref(req))
  })

  return router
}
