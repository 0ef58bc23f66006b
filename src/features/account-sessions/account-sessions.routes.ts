import { Router } from 'express'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { sessionParams } from './account-sessions.schemas.ts'
import type { AccountSessionsService } from './account-sessions.service.ts'

const PAGE = '/account/sessions'

/** "Your sessions", for every signed-in user, in the person's language where they chose Welsh. */
export function accountSessionsRoutes(service: AccountSessionsService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)

  pages.get(PAGE, { summary: 'Your sessions' }, async ({ ctx, req, res }) => {
    const { sessions } = await service.list(ctx, req.sessionToken!)
    res.render('account-sessions/views/sessions.njk', {
      pageTitle: wordsOf(res)('account-sessions:title'),
      backLink: '/',
      current: sessions.filter(s => s.current),
      others: sessions.filter(s => !s.current),
    })
  })

  pages.post(
    `${PAGE}/:sessionId/end`,
    { summary: 'End one of your other sessions', params: sessionParams },
    async ({ ctx, req, res, params }) => {
      await service.end(ctx, req.sessionToken!, params.sessionId)
      redirectSaved(res, PAGE, wordsOf(res)('account-sessions:ended'))
    },
  )

  pages.post(`${PAGE}/end-others`, { summary: 'End all your other sessions' }, async ({ ctx, req, res }) => {
    await service.endOthers(ctx, req.sessionToken!)
    redirectSaved(res, PAGE, wordsOf(res)('account-sessions:endedOthers'))
  })

  return router
}
