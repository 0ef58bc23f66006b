import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import {
  ACTION_OWNERS,
  ACTION_PROGRESS,
  NEED_STATUSES,
  NEEDS_CATALOGUE,
  NEEDS_LABELS,
  URGENCIES,
  WOMENS_NEED_ANSWERS,
} from './needs.catalogue.ts'
import type { NeedsService } from './needs.service.ts'
import { screeningFromForm, screeningToForm } from './screening-form.ts'

const VIEWS = {
  needs: 'needs/views/needs.njk',
  screening: 'needs/views/screening-form.njk',
  action: 'needs/views/action-form.njk',
}

/** What the views need to name and offer each choice. */
const VOCABULARY = {
  catalogue: NEEDS_CATALOGUE,
  labels: NEEDS_LABELS,
  statuses: NEED_STATUSES,
  urgencies: URGENCIES,
  answers: WOMENS_NEED_ANSWERS,
  owners: ACTION_OWNERS,
  progressValues: ACTION_PROGRESS,
  activeSection: 'people',
}

/** A person's needs: the summary, the screening on arrival and the pre-release review, and actions in custody. */
export function needsRoutes(needs: NeedsService): Router {
  const router = Router()
  router.use('/people/:id/needs', requireSignIn)
  const needsPage = (req: Request) => `/people/${param(req, 'id')}/needs`

  const summary = async (req: Request) => ({
    ...VOCABULARY,
    pageTitle: 'Needs',
    caseSection: 'needs',
    ...(await needs.summary(contextOf(req), param(req, 'id'))),
  })

  const screeningForm = async (req: Request) => {
    const form = await needs.screeningForm(contextOf(req), param(req, 'id'), param(req, 'kind'))
    return { ...VOCABULARY, pageTitle: NEEDS_LABELS.kinds[form.kind], backLink: needsPage(req), ...form }
  }

  const actionForm = async (req: Request) => {
    const form = await needs.actionForm(
      contextOf(req),
      param(req, 'id'),
      req.params.actionId ? param(req, 'actionId') : undefined,
    )
    return {
      ...VOCABULARY,
      pageTitle: form.action ? 'Update an action' : 'Add an action',
      backLink: needsPage(req),
      ...form,
    }
  }

  router.get('/people/:id/needs', async (req, res) => {
    res.render(VIEWS.needs, await summary(req))
  })

  router.get('/people/:id/needs/screening/:kind', async (req, res) => {
    const form = await screeningForm(req)
    const values = form.startFrom ? screeningToForm({ ...form.startFrom, version: form.recorded?.version }) : {}
    res.render(VIEWS.screening, { ...form, values })
  })

  router.post(
    '/people/:id/needs/screening/:kind',
    onInvalidRender(VIEWS.screening, screeningForm),
    async (req, res) => {
      await needs.recordScreening(contextOf(req), param(req, 'id'), param(req, 'kind'), screeningFromForm(req.body))
      res.redirect(303, needsPage(req))
    },
  )

  router.get('/people/:id/needs/actions/new', async (req, res) => {
    res.render(VIEWS.action, { ...(await actionForm(req)), values: { pathway: req.query.pathway } })
  })

  router.post('/people/:id/needs/actions/new', onInvalidRender(VIEWS.action, actionForm), async (req, res) => {
    await needs.addAction(contextOf(req), param(req, 'id'), req.body)
    res.redirect(303, needsPage(req))
  })

  router.get('/people/:id/needs/actions/:actionId', async (req, res) => {
    const form = await actionForm(req)
    res.render(VIEWS.action, { ...form, values: form.action })
  })

  router.post('/people/:id/needs/actions/:actionId', onInvalidRender(VIEWS.action, actionForm), async (req, res) => {
    await needs.updateAction(contextOf(req), param(req, 'id'), param(req, 'actionId'), req.body)
    res.redirect(303, needsPage(req))
  })

  router.post('/people/:id/needs/actions/:actionId/done', onInvalidRender(VIEWS.needs, summary), async (req, res) => {
    await needs.completeAction(contextOf(req), param(req, 'id'), param(req, 'actionId'), req.body)
    res.redirect(303, needsPage(req))
  })

  return router
}
