import { Router } from 'express'
import { contextOf } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { PeopleService } from '../people/index.ts'

const CASELOAD_TITLES: Record<string, string> = {
  com: 'People allocated to you and your team',
  pom: 'People in your prison',
  manager: 'People in your team',
}

/** Each role lands on the page that fits its work. */
export function homeRoutes(people: PeopleService): Router {
  const router = Router()

  router.get('/', requireSignIn, async (req, res) => {
    const ctx = contextOf(req)
    const { role, personId } = ctx.user
    if (role === 'person' && personId) {
      const overview = await people.overview(ctx, personId)
      return res.render('home/views/person-home.njk', { pageTitle: 'Your resettlement', ...overview })
    }
    if (role in CASELOAD_TITLES) {
      const caseload = await people.search(ctx, {})
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
