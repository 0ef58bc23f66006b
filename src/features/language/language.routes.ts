import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { chooseLanguageForm } from './language.schemas.ts'
import type { LanguageService } from './language.service.ts'

/** The language toggle on every page of the person's: saves the choice and goes back to the page it was on. */
export function languageRoutes(language: LanguageService, routes: RouteRegistry): Router {
  const router = Router()
  routes
    .pages(router)
    .post(
      '/language',
      { summary: 'Choose English or Welsh', roles: ['person'], body: chooseLanguageForm },
      async ({ ctx, body, res }) => {
        await language.choose(ctx, body.language)
        res.redirect(303, body.returnTo)
      },
    )
  return router
}
