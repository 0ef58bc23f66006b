import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { languageApi } from './language.api.ts'
import { LANGUAGE_AUDIT_ACTIONS } from './language.audit.ts'
import { createLanguageRepository } from './language.repository.ts'
import { languageRoutes } from './language.routes.ts'
import { createLanguageService } from './language.service.ts'

/** The person's own language: their pages and letters in English or Welsh, chosen on every page and kept. */
export const language = defineFeature({
  name: 'language',
  build: ({ db, audit }: PlatformDeps) => createLanguageService({ repository: createLanguageRepository(db), audit }),
  pages: (service, routes) => languageRoutes(service, routes),
  api: (service, routes) => languageApi(service, routes),
  auditActions: LANGUAGE_AUDIT_ACTIONS,
})
