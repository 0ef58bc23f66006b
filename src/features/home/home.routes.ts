import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import type { PeopleService } from '../people/index.ts'
import type { PlansService } from '../plans/index.ts'

const CASELOAD_TITLES: Record<string, string> = {
  com: 'People allocated to you and your team',
  pom: 'People in your prison',
  manager: 'People in your team',
}

/** Each role lands on the page that fits its work. */
export function homeRoutes(people: PeopleService, plans: PlansService, routes: RouteRegistry): Router {
  const router = Router()

  routes.pages(router).get('/', { summary: 'Home' }, async ({ ctx, res }) => {
    const { role, personId } = ctx.user
    if (role === 'person' && personId) {
      const overview = await people.overview(ctx, personId)
      const planChanged = await plans.changedSinceSeen(ctx, personId)
      const pageTitle = wordsOf(res)('home:title')
      return res.render('home/views/person-home.njk', { pageTitle, planChanged, ...overview })
    }
    if (role in CASELOAD_TITLES) {
      const caseload = await people.search(ctx, { page: 1 })
      return res.render('home/views/staff-home.njk', {
        pageTitle: 'Home',
        caseloadTitle: CASELOAD_TITLES[role],
        ...caseload,
      })
    }
    res.render('home/views/other-home.njk', { pageTitle: 'Home' })
  })

  return router
}
