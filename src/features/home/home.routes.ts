import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import type { CertificatesService } from '../certificates/index.ts'
import { homeQueuePanel, type OversightService } from '../oversight/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { PlansService } from '../plans/index.ts'
import type { StrengthsService } from '../strengths/index.ts'

const CASELOAD_TITLES: Record<string, string> = {
  com: 'People allocated to you and your team',
  pom: 'People in your prison',
  manager: 'People in your team',
}

/** Each role lands on the page that fits its work. */
export interface HomeServices {
  people: PeopleService
  plans: PlansService
  strengths: StrengthsService
  certificates: CertificatesService
  oversight: OversightService
}

export function homeRoutes(services: HomeServices, routes: RouteRegistry): Router {
  const { people, plans, strengths, certificates, oversight } = services
  const router = Router()

  routes.pages(router).get('/', { summary: 'Home' }, async ({ ctx, res }) => {
    const { role, personId } = ctx.user
    if (role === 'person' && personId) {
      const overview = await people.overview(ctx, personId)
      const [planChanged, achievements, ownCertificates] = await Promise.all([
        plans.changedSinceSeen(ctx, personId),
        strengths.confirmedAchievements(overview.person.id),
        certificates.ownCertificates(ctx),
      ])
      const pageTitle = wordsOf(res)('home:title')
      return res.render('home/views/person-home.njk', {
        pageTitle,
        planChanged,
        ...overview,
        achievements,
        ownCertificates,
      })
    }
    if (role in CASELOAD_TITLES) {
      const [caseload, panel] = await Promise.all([
        people.search(ctx, { page: 1 }),
        // A manager's home leads with what needs their eye: the queue's first page.
        homeQueuePanel(oversight, ctx),
      ])
      return res.render('home/views/staff-home.njk', {
        pageTitle: 'Home',
        caseloadTitle: CASELOAD_TITLES[role],
        ...caseload,
        panel,
      })
    }
    res.render('home/views/other-home.njk', { pageTitle: 'Home' })
  })

  return router
}
