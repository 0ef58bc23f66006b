import { Router, type Request } from 'express'
import { z } from 'zod'
import type { Clock } from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { personParams } from '../../platform/validation/params.ts'
import { NEEDS_LABELS, PATHWAY_KEYS } from './needs.catalogue.ts'
import {
  actionParams,
  addActionSchema,
  completeActionSchema,
  screeningFormSchema,
  screeningParams,
  updateActionSchema,
} from './needs.schemas.ts'
import type { NeedsService } from './needs.service.ts'
import { actionFormView, deadlineHtml, needsPage, screeningFormView } from './needs.view.ts'
import { screeningToForm } from './screening-form.ts'

const VIEWS = {
  needs: 'needs/views/needs.njk',
  screening: 'needs/views/screening-form.njk',
  action: 'needs/views/action-form.njk',
}

const SCREENING_FORM = screeningFormView()
const ACTION_LIMITS = { ...maxLengths(updateActionSchema), ...maxLengths(completeActionSchema) }
const newActionQuery = z.object({ pathway: z.enum(PATHWAY_KEYS).optional().catch(undefined) })

/** A person's needs: the summary, the screening on arrival and the pre-release review, and actions in custody. */
export function needsRoutes(needs: NeedsService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const pages = routes.casePages(router, 'needs')
  const needsPath = (personId: string) => `/people/${personId}/needs`
  const addAction = addActionSchema(today)

  const summary = async (req: Request) => {
    const { id } = personParams.parse(req.params)
    const found = await needs.summaryPage(contextOf(req), id)
    return { pageTitle: 'Needs', activeSection: 'people', labels: NEEDS_LABELS, ...found, ...needsPage(id, found) }
  }

  const screeningForm = async (req: Request) => {
    const { id, kind } = screeningParams.parse(req.params)
    const form = await needs.screeningForm(contextOf(req), id, kind)
    return {
      pageTitle: NEEDS_LABELS.kinds[kind],
      activeSection: 'people',
      backLink: needsPath(id),
      labels: NEEDS_LABELS,
      ...SCREENING_FORM,
      ...form,
      deadlineHtml: deadlineHtml(kind === 'arrival' ? form.deadline.arrival : form.deadline.preRelease),
    }
  }

  const actionForm = async (req: Request) => {
    const { id, actionId } = actionParams.partial({ actionId: true }).parse(req.params)
    const form = await needs.actionForm(contextOf(req), id, actionId)
    return {
      pageTitle: form.action ? 'Update an action' : 'Add an action',
      activeSection: 'people',
      backLink: needsPath(id),
      labels: NEEDS_LABELS,
      limits: ACTION_LIMITS,
      ...actionFormView(form.pathways),
      ...form,
    }
  }

  pages.get('/needs', { summary: 'Needs' }, async ({ req, res }) => {
    res.render(VIEWS.needs, await summary(req))
  })

  pages.get(
    '/needs/screening/:kind',
    { summary: 'Screening on arrival or pre-release review', params: screeningParams },
    async ({ req, res }) => {
      const form = await screeningForm(req)
      const values = form.startFrom ? screeningToForm({ ...form.startFrom, version: form.recorded?.version }) : {}
      res.render(VIEWS.screening, { ...form, values })
    },
  )

  pages.post(
    '/needs/screening/:kind',
    {
      summary: 'Record a screening',
      params: screeningParams,
      body: screeningFormSchema,
      form: { view: VIEWS.screening, context: screeningForm },
    },
    async ({ ctx, personId, params, body, res }) => {
      await needs.recordScreening(ctx, personId, params.kind, body)
      redirectSaved(res, needsPath(personId), `${NEEDS_LABELS.kinds[params.kind]} saved`)
    },
  )

  pages.get('/needs/actions/new', { summary: 'Add an action', query: newActionQuery }, async ({ req, query, res }) => {
    res.render(VIEWS.action, { ...(await actionForm(req)), values: { pathway: query.pathway } })
  })

  pages.post(
    '/needs/actions/new',
    { summary: 'Add an action', body: addAction, form: { view: VIEWS.action, context: actionForm } },
    async ({ ctx, personId, body, res }) => {
      await needs.addAction(ctx, personId, body)
      redirectSaved(res, needsPath(personId), 'Action added')
    },
  )

  pages.get('/needs/actions/:actionId', { summary: 'Update an action', params: actionParams }, async ({ req, res }) => {
    const form = await actionForm(req)
    res.render(VIEWS.action, { ...form, values: form.action })
  })

  pages.post(
    '/needs/actions/:actionId',
    {
      summary: 'Update an action',
      params: actionParams,
      body: updateActionSchema,
      form: { view: VIEWS.action, context: actionForm },
    },
    async ({ ctx, personId, params, body, res }) => {
      await needs.updateAction(ctx, personId, params.actionId, body)
      redirectSaved(res, needsPath(personId), 'Action updated')
    },
  )

  pages.post(
    '/needs/actions/:actionId/done',
    {
      summary: 'Mark an action done',
      params: actionParams,
      body: completeActionSchema,
      form: { view: VIEWS.needs, context: summary },
    },
    async ({ ctx, personId, params, body, res }) => {
      await needs.completeAction(ctx, personId, params.actionId, body)
      redirectSaved(res, needsPath(personId), 'Action marked as done')
    },
  )

  return router
}
