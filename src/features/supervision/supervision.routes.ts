import { Router, type Request } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  appointmentParams,
  appointmentRecordSchema,
  appointmentSchema,
  journeyQuerySchema,
  setbackSchema,
} from './supervision.schemas.ts'
import type { SupervisionService } from './supervision.service.ts'
import { appointmentText, recordChoices, scheduleChoices, setbackChoices, upcomingRows } from './supervision.view.ts'

const SCHEDULE_FORM = 'supervision/views/schedule-form.njk'
const RECORD_FORM = 'supervision/views/record-form.njk'
const SETBACK_FORM = 'supervision/views/setback-form.njk'
const RECORD_LIMITS = maxLengths(appointmentRecordSchema)

/** The supervision page, and the forms to schedule and record appointments and to record a setback. */
export function supervisionRoutes(supervision: SupervisionService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const pages = routes.casePages(router, 'supervision')
  const setbackInput = setbackSchema(today)
  const setbackLimits = maxLengths(setbackInput)
  const supervisionPath = (personId: string) => `/people/${personId}/supervision`
  const page = (personId: string, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    backLink: supervisionPath(personId),
  })

  pages.get(
    '/supervision',
    { summary: 'Supervision', query: journeyQuerySchema },
    async ({ ctx, personId, query, res }) => {
      const view = await supervision.overview(ctx, personId, query.page)
      res.render('supervision/views/supervision.njk', {
        ...page(personId, 'Supervision'),
        backLink: undefined,
        ...view,
        upcomingRows: upcomingRows(personId, view.upcoming, view.canRecord, view.today),
      })
    },
  )

  const scheduleForm = async (req: Request) => ({
    ...page(param(req, 'id'), 'Schedule an appointment'),
    ...(await supervision.scheduleForm(contextOf(req), param(req, 'id'))),
    ...scheduleChoices(),
  })

  pages.get('/supervision/appointments/new', { summary: 'Schedule an appointment' }, async ({ req, res }) => {
    res.render(SCHEDULE_FORM, { ...(await scheduleForm(req)), values: {} })
  })

  pages.post(
    '/supervision/appointments/new',
    {
      summary: 'Schedule an appointment',
      body: appointmentSchema,
      form: { view: SCHEDULE_FORM, context: scheduleForm },
    },
    async ({ ctx, personId, body, res }) => {
      await supervision.schedule(ctx, personId, body)
      redirectSaved(res, supervisionPath(personId), 'Appointment scheduled')
    },
  )

  const recordForm = async (req: Request) => {
    const form = await supervision.recordForm(contextOf(req), param(req, 'id'), param(req, 'appointmentId'))
    return {
      ...page(param(req, 'id'), 'Record an appointment'),
      ...form,
      appointmentText: appointmentText(form.appointment),
      ...recordChoices(),
      limits: RECORD_LIMITS,
    }
  }

  pages.get(
    '/supervision/appointments/:appointmentId',
    { summary: 'Record an appointment', params: appointmentParams },
    async ({ req, res }) => {
      const form = await recordForm(req)
      res.render(RECORD_FORM, { ...form, values: form.appointment })
    },
  )

  pages.post(
    '/supervision/appointments/:appointmentId',
    {
      summary: 'Record an appointment',
      params: appointmentParams,
      body: appointmentRecordSchema,
      form: { view: RECORD_FORM, context: recordForm },
    },
    async ({ ctx, personId, params, body, res }) => {
      await supervision.record(ctx, personId, params.appointmentId, body)
      redirectSaved(res, supervisionPath(personId), 'Appointment recorded')
    },
  )

  const setbackForm = async (req: Request) => ({
    ...page(param(req, 'id'), 'Record a setback'),
    ...(await supervision.setbackForm(contextOf(req), param(req, 'id'))),
    ...setbackChoices(),
    limits: setbackLimits,
  })

  pages.get('/supervision/setbacks/new', { summary: 'Record a setback' }, async ({ req, res }) => {
    res.render(SETBACK_FORM, { ...(await setbackForm(req)), values: {} })
  })

  pages.post(
    '/supervision/setbacks/new',
    { summary: 'Record a setback', body: setbackInput, form: { view: SETBACK_FORM, context: setbackForm } },
    async ({ ctx, personId, body, res }) => {
      const { considerRecall } = await supervision.addSetback(ctx, personId, body)
      // Considering recall starts with the breach record, where a manager will review it.
      const next = considerRecall ? `/people/${personId}/recall` : supervisionPath(personId)
      redirectSaved(res, next, 'Setback recorded')
    },
  )

  return router
}
