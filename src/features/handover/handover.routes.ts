import { Router, type Request } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { handoverSchemas } from './handover.schemas.ts'
import type { HandoverService } from './handover.service.ts'
import { attendeeItems, contactItems, contactRows, reportSectionsView, supporterChosen } from './handover.view.ts'

const MEETING_FORM = 'handover/views/meeting-form.njk'
const CONTACT_FORM = 'handover/views/contact-form.njk'

/** The handover page, the forms for the meeting and the contacts, and the printable report. */
export function handoverRoutes(handover: HandoverService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const pages = routes.casePages(router, 'handover')
  const schemas = handoverSchemas(today)
  const limits = { meeting: maxLengths(schemas.meeting), contact: maxLengths(schemas.contact) }
  const handoverPath = (personId: string) => `/people/${personId}/handover`
  const page = (personId: string, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    backLink: handoverPath(personId),
  })

  pages.get('/handover', { summary: 'Handover' }, async ({ ctx, personId, res }) => {
    const view = await handover.overview(ctx, personId)
    res.render('handover/views/handover.njk', {
      pageTitle: 'Handover',
      activeSection: 'people',
      ...view,
      contactRows: contactRows(view.contacts),
    })
  })

  // A form sent back keeps what was typed: the error handler puts it in `values`, over the record's.
  const meetingForm = async (req: Request, values?: Record<string, unknown>) => {
    const form = await handover.meetingForm(contextOf(req), param(req, 'id'))
    const shown = values ?? form.values
    return {
      ...page(param(req, 'id'), 'Handover meeting'),
      ...form,
      values: shown,
      attendeeItems: attendeeItems(form.person, shown),
      supporterChosen: supporterChosen(shown),
      limits: limits.meeting,
    }
  }

  pages.get('/handover/meeting', { summary: 'Handover meeting' }, async ({ req, res }) => {
    res.render(MEETING_FORM, await meetingForm(req))
  })

  pages.post(
    '/handover/meeting',
    {
      summary: 'Handover meeting',
      body: schemas.meeting,
      form: { view: MEETING_FORM, context: req => meetingForm(req, req.body) },
    },
    async ({ ctx, personId, body, res }) => {
      await handover.recordMeeting(ctx, personId, body)
      redirectSaved(res, handoverPath(personId), 'Handover meeting saved')
    },
  )

  const contactForm = async (req: Request, values: Record<string, unknown> = {}) => ({
    ...page(param(req, 'id'), 'Add a contact'),
    ...(await handover.contactForm(contextOf(req), param(req, 'id'))),
    values,
    ...contactItems(values),
    limits: limits.contact,
  })

  pages.get('/handover/contacts/new', { summary: 'Add a contact' }, async ({ req, res }) => {
    res.render(CONTACT_FORM, await contactForm(req))
  })

  pages.post(
    '/handover/contacts/new',
    {
      summary: 'Add a contact',
      body: schemas.contact,
      form: { view: CONTACT_FORM, context: req => contactForm(req, req.body) },
    },
    async ({ ctx, personId, body, res }) => {
      await handover.addContact(ctx, personId, body)
      redirectSaved(res, handoverPath(personId), 'Contact saved')
    },
  )

  pages.get('/handover/report', { summary: 'Handover report' }, async ({ ctx, personId, res }) => {
    const report = await handover.report(ctx, personId)
    // No back link on paper: the case navigation leads back, and is not printed.
    res.render('handover/views/report.njk', {
      pageTitle: 'Handover report',
      activeSection: 'people',
      ...report,
      sections: reportSectionsView(report.sections),
    })
  })

  pages.get('/handover/report.pdf', { summary: 'Handover report (PDF)' }, async ({ ctx, personId, res }) => {
    const { fileName, pdf } = await handover.reportPdf(ctx, personId)
    sendPdf(res, fileName, pdf)
  })

  return router
}
