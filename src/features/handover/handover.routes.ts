import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { handoverReportPdf } from './handover-report-pdf.ts'
import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { HandoverService } from './handover.service.ts'
import { CONTACT_TYPE_NAMES } from './handover.wording.ts'

const MEETING_FORM = 'handover/views/meeting-form.njk'
const CONTACT_FORM = 'handover/views/contact-form.njk'

/** The handover page, the forms for the meeting and the contacts, and the printable report. */
export function handoverRoutes(handover: HandoverService): Router {
  const router = Router()
  router.use('/people/:id/handover', requireSignIn)
  const handoverPath = (req: Request) => `/people/${param(req, 'id')}/handover`
  const page = (req: Request, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    caseSection: 'handover',
    backLink: handoverPath(req),
    contactTypeNames: CONTACT_TYPE_NAMES,
  })

  router.get('/people/:id/handover', async (req, res) => {
    const view = await handover.overview(contextOf(req), param(req, 'id'))
    res.render('handover/views/handover.njk', { ...page(req, 'Handover'), backLink: undefined, ...view })
  })

  const meetingForm = async (req: Request) => ({
    ...page(req, 'Handover meeting'),
    ...(await handover.meetingForm(contextOf(req), param(req, 'id'))),
  })

  router.get('/people/:id/handover/meeting', async (req, res) => {
    res.render(MEETING_FORM, await meetingForm(req))
  })

  router.post('/people/:id/handover/meeting', onInvalidRender(MEETING_FORM, meetingForm), async (req, res) => {
    await handover.recordMeeting(contextOf(req), param(req, 'id'), req.body)
    res.redirect(303, handoverPath(req))
  })

  const contactForm = async (req: Request) => ({
    ...page(req, 'Add a contact'),
    ...(await handover.contactForm(contextOf(req), param(req, 'id'))),
  })

  router.get('/people/:id/handover/contacts/new', async (req, res) => {
    res.render(CONTACT_FORM, { ...(await contactForm(req)), values: {} })
  })

  router.post('/people/:id/handover/contacts/new', onInvalidRender(CONTACT_FORM, contactForm), async (req, res) => {
    await handover.addContact(contextOf(req), param(req, 'id'), req.body)
    res.redirect(303, handoverPath(req))
  })

  router.get('/people/:id/handover/report', async (req, res) => {
    const report = await handover.report(contextOf(req), param(req, 'id'))
    // No back link on paper: the case navigation leads back, and is not printed.
    res.render('handover/views/report.njk', { ...page(req, 'Handover report'), backLink: undefined, ...report })
  })

  router.get('/people/:id/handover/report.pdf', async (req, res) => {
    const report = await handover.report(contextOf(req), param(req, 'id'))
    sendPdf(res, 'handover-report.pdf', await renderPdf(handoverReportPdf(report)))
  })

  return router
}
