import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { accountSessionsApi } from './account-sessions.api.ts'
import { ACCOUNT_SESSIONS_AUDIT_ACTIONS } from './account-sessions.audit.ts'
import { createAccountSessionsRepository } from './account-sessions.repository.ts'
import { accountSessionsRoutes } from './account-sessions.routes.ts'
import { createAccountSessionsService } from './account-sessions.service.ts'

/** "Your sessions": where a user is signed in, and ending the sessions they do not recognise. */
export const accountSessions = defineFeature({
  name: 'accountSessions',
  build: ({ db, audit }: PlatformDeps) =>
    createAccountSessionsService({ repository: createAccountSessionsRepository(db), audit }),
  pages: (service, routes) => accountSessionsRoutes(service, routes),
  api: (service, routes) => accountSessionsApi(service, routes),
  auditActions: ACCOUNT_SESSIONS_AUDIT_ACTIONS,
})
