import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { AuthService } from '../auth/index.ts'
import { accountPasswordApi } from './account-password.api.ts'
import { ACCOUNT_PASSWORD_AUDIT_ACTIONS } from './account-password.audit.ts'
import { createAccountPasswordRepository } from './account-password.repository.ts'
import { accountPasswordRoutes } from './account-password.routes.ts'
import { createAccountPasswordService } from './account-password.service.ts'

/** "Change your password": the current one checked like a sign-in, the new one by the password rules. */
export const accountPassword = defineFeature({
  name: 'accountPassword',
  needs: ['auth'],
  build: ({ db, audit, auth }: PlatformDeps & { auth: AuthService }) =>
    createAccountPasswordService({ repository: createAccountPasswordRepository(db), auth, audit }),
  pages: (service, routes) => accountPasswordRoutes(service, routes),
  api: (service, routes) => accountPasswordApi(service, routes),
  auditActions: ACCOUNT_PASSWORD_AUDIT_ACTIONS,
})
