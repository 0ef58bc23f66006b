import { Router } from 'express'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import type { ContinuityService } from './continuity.service.ts'
import { historyView, KEPT_TEXT, keptShareText } from './continuity.view.ts'

/** A person's practitioners and continuity, a manager's team measures, and the person's own page. */
export function continuityRoutes(continuity: ContinuityService, routes: RouteRegistry): Router {
  const router = Router()
  const casePages = routes.casePages(router, 'continuity')

  casePages.get('/continuity', { summary: 'Practitioners and continuity' }, async ({ ctx, personId, res }) => {
    const view = await continuity.casePage(ctx, personId)
    res.render('continuity/views/case.njk', {
      pageTitle: 'Practitioners and continuity',
      activeSection: 'people',
      ...view,
      keptText: KEPT_TEXT[view.keptSameCom],
      historyItems: historyView(view.history),
    })
  })

  casePages.get(
    '/continuity/letter.pdf',
    { summary: 'Letter to the person about their practitioner' },
    async ({ ctx, personId, res }) => {
      const { fileName, pdf } = await continuity.letter(ctx, personId)
      sendPdf(res, fileName, pdf)
    },
  )

  const pages = routes.pages(router)
  pages.get('/continuity', { summary: 'Continuity in your team', roles: ['manager'] }, async ({ ctx, res }) => {
    const view = await continuity.teamPage(ctx)
    res.render('continuity/views/team.njk', {
      pageTitle: 'Continuity in your team',
      activeSection: 'continuity',
      ...view,
      keptShareText: keptShareText(view.measures),
    })
  })

  pages.get('/your-practitioner', { summary: 'Your probation worker', roles: ['person'] }, async ({ ctx, res }) => {
    const view = await continuity.yourPractitioner(ctx)
    res.render('continuity/views/your-practitioner.njk', {
      pageTitle: wordsOf(res)('continuity:title'),
      backLink: '/',
      ...view,
    })
  })

  pages.get(
    '/your-practitioner/letter.pdf',
    { summary: 'Your probation worker, as a letter', roles: ['person'] },
    async ({ ctx, res }) => {
      const { fileName, pdf } = await continuity.ownLetter(ctx)
      sendPdf(res, fileName, pdf)
    },
  )

  return router
}
