import { Router } from 'express'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { ContinuityService } from './continuity.service.ts'

const LETTER = 'your-practitioner.pdf'

/** A person's practitioners and continuity, a manager's team measures, and the person's own page. */
export function continuityRoutes(continuity: ContinuityService): Router {
  const router = Router()
  router.use(['/people/:id/continuity', '/continuity', '/your-practitioner'], requireSignIn)

  router.get('/people/:id/continuity', async (req, res) => {
    const view = await continuity.casePage(contextOf(req), param(req, 'id'))
    res.render('continuity/views/case.njk', {
      pageTitle: 'Practitioners and continuity',
      activeSection: 'people',
      backLink: `/people/${param(req, 'id')}`,
      ...view,
    })
  })

  router.get('/people/:id/continuity/letter.pdf', async (req, res) => {
    sendPdf(res, LETTER, await continuity.letter(contextOf(req), param(req, 'id')))
  })

  router.get('/continuity', async (req, res) => {
    const view = await continuity.teamPage(contextOf(req))
    res.render('continuity/views/team.njk', {
      pageTitle: 'Continuity in your team',
      activeSection: 'continuity',
      ...view,
    })
  })

  router.get('/your-practitioner', async (req, res) => {
    const view = await continuity.yourPractitioner(contextOf(req))
    res.render('continuity/views/your-practitioner.njk', {
      pageTitle: 'Your probation practitioner',
      backLink: '/',
      ...view,
    })
  })

  router.get('/your-practitioner/letter.pdf', async (req, res) => {
    sendPdf(res, LETTER, await continuity.ownLetter(contextOf(req)))
  })

  return router
}
