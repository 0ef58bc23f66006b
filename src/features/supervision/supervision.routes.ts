import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { APPOINTMENT_KINDS, OUTCOMES, RESPONSES, SETBACK_KINDS } from './supervision.rules.ts'
import type { SupervisionService } from './supervision.service.ts'
import { APPOINTMENT_KIND_NAMES, OUTCOME_NAMES, RESPONSE_NAMES, SETBACK_KIND_NAMES } from './supervision.wording.ts'

const SCHEDULE_FORM = 'supervision/views/schedule-form.njk'
const RECORD_FORM = 'supervision/views/record-form.njk'
const SETBACK_FORM = 'supervision/views/setback-form.njk'

/** The supervision page, and the forms to schedule and record appointments and to record a setback. */
export function supervisionRoutes(supervision: SupervisionService): Router {
  const router = Router()
  router.use('/people/:id/supervision', requireSignIn)
  const supervisionPath = (req: Request) => `/people/${param(req, 'id')}/supervision`
  const page = (req: Request, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    caseSection: 'supervision',
    backLink: supervisionPath(req),
    appointmentKinds: APPOINTMENT_KINDS,
    appointmentKindNames: APPOINTMENT_KIND_NAMES,
    outcomes: OUTCOMES,
    outcomeNames: OUTCOME_NAMES,
    setbackKinds: SETBACK_KINDS,
    setbackKindNames: SETBACK_KIND_NAMES,
    responses: RESPONSES,
    responseNames: RESPONSE_NAMES,
  })

  router.get('/people/:id/supervision', async (req, res) => {
    const view = await supervision.overview(contextOf(req), param(req, 'id'), req.query)
    res.render('supervision/views/supervision.njk', { ...page(req, 'Supervision'), backLink: undefined, ...view })
  })

  const scheduleForm = async (req: Request) => ({
    ...page(req, 'Schedule an appointment'),
    ...(await supervision.scheduleForm(contextOf(req), param(req, 'id'))),
  })
  router.get('/people/:id/supervision/appointments/new', async (req, res) => {
    res.render(SCHEDULE_FORM, { ...(await scheduleForm(req)), values: {} })
  })
  router.post(
    '/people/:id/supervision/appointments/new',
    onInvalidRender(SCHEDULE_FORM, scheduleForm),
    async (req, res) => {
      await supervision.schedule(contextOf(req), param(req, 'id'), req.body)
      res.redirect(303, supervisionPath(req))
    },
  )

  const recordForm = async (req: Request) => ({
    ...page(req, 'Record an appointment'),
    ...(await supervision.recordForm(contextOf(req), param(req, 'id'), param(req, 'appointmentId'))),
  })
  router.get('/people/:id/supervision/appointments/:appointmentId', async (req, res) => {
    const form = await recordForm(req)
    res.render(RECORD_FORM, { ...form, values: form.appointment })
  })
  router.post(
    '/people/:id/supervision/appointments/:appointmentId',
    onInvalidRender(RECORD_FORM, recordForm),
    async (req, res) => {
      await supervision.record(contextOf(req), param(req, 'id'), param(req, 'appointmentId'), req.body)
      res.redirect(303, supervisionPath(req))
    },
  )

  const setbackForm = async (req: Request) => ({
    ...page(req, 'Record a setback'),
    ...(await supervision.setbackForm(contextOf(req), param(req, 'id'))),
  })
  router.get('/people/:id/supervision/setbacks/new', async (req, res) => {
    res.render(SETBACK_FORM, { ...(await setbackForm(req)), values: {} })
  })
  router.post('/people/:id/supervision/setbacks/new', onInvalidRender(SETBACK_FORM, setbackForm), async (req, res) => {
    const { considerRecall } = await supervision.addSetback(contextOf(req), param(req, 'id'), req.body)
    res.redirect(303, considerRecall ? `/people/${param(req, 'id')}/recall` : supervisionPath(req))
  })

  return router
}
