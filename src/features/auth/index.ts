import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { authApi } from './auth.api.ts'
import { AUTH_AUDIT_ACTIONS } from './auth.audit.ts'
import { createAuthRepository } from './auth.repository.ts'
import { authRoutes } from './auth.routes.ts'
import { createAuthService } from './auth.service.ts'

/** Signing in and out, pages and API. */
export const auth = defineFeature({
  name: 'auth',
  build: ({ db, sessions, audit, signInDelayScale }: PlatformDeps) =>
    createAuthService({ repository: createAuthRepository(db), sessions, audit, delayScale: signInDelayScale }),
  pages: (service, routes, { config }) =>
    authRoutes(service, routes, config.env === 'production', config.sso?.displayName),
  api: (service, routes, { config }) =>
    authApi(service, routes, { secret: config.sessionSecret, secureCookies: config.env === 'production' }),
  auditActions: AUTH_AUDIT_ACTIONS,
})
export { safeReturnTo } from './auth.schemas.ts'
