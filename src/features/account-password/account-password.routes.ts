import { Router, type Response } from 'express'
import { signInSource } from '../../platform/auth/sign-in-source.ts'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { changePasswordFor, changePasswordSchema } from './account-password.schemas.ts'
import type { AccountPasswordService } from './account-password.service.ts'

const PAGE = '/account/password'
const VIEW = 'account-password/views/password.njk'

/** "Change your password", for every signed-in user, in the person's language where they chose Welsh. */
export function accountPasswordRoutes(service: AccountPasswordService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)
  // Nothing typed is shown again: a password is never written back into the page.
  const page = (_req: unknown, res: Response) => ({
    pageTitle: wordsOf(res)('account-password:title'),
    backLink: '/account/sessions',
  })

  pages.get(PAGE, { summary: 'Change your password' }, ({ req, res }) => {
    res.render(VIEW, page(req, res))
  })

  pages.post(
    PAGE,
    {
      summary: 'Change your password',
      body: changePasswordSchema,
      bodyFor: changePasswordFor,
      form: { view: VIEW, context: page },
    },
    async ({ ctx, req, res, body }) => {
      await service.change(ctx, req.sessionToken!, body, signInSource(req))
      redirectSaved(res, PAGE, wordsOf(res)('account-password:changed'))
    },
  )

  return router
}
