import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { chooseLanguageBody, languageResponse } from './language.schemas.ts'
import type { LanguageService } from './language.service.ts'

export function languageApi(language: LanguageService, routes: RouteRegistry): Router {
  const router = Router()
  routes.api(router, 'Language').put(
    '/language',
    {
      summary: 'For a person: choose English or Welsh for their pages and letters',
      roles: ['person'],
      body: chooseLanguageBody,
      response: { schema: languageResponse },
    },
    ({ ctx, body }) => language.choose(ctx, body.language),
  )
  return router
}
