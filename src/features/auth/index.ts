import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { mfaRoutes, type MfaService } from '../mfa/index.ts'
import { authApi } from './auth.api.ts'
import { AUTH_AUDIT_ACTIONS } from './auth.audit.ts'
import { createAuthRepository } from './auth.repository.ts'
import { authRoutes } from './auth.routes.ts'
import { safeReturnTo } from './auth.schemas.ts'
import { createAuthService } from './auth.service.ts'

/** Signing in and out, pages and API, with the second factor's steps of the mfa feature. */
export const auth = defineFeature({
  name: 'auth',
  needs: ['mfa'],
  build: ({ db, sessions, audit, signInDelayScale, mfa }: PlatformDeps & { mfa: MfaService }) =>
    createAuthService({ repository: createAuthRepository(db), sessions, audit, mfa, delayScale: signInDelayScale }),
  pages: (service, routes, { config, mfa }) => {
    const secureCookies = config.env === 'production'
    const router = authRoutes(service, routes, secureCookies, config.sso?.displayName)
    router.use(mfaRoutes(mfa, service, routes, { secureCookies, safeReturnTo }))
    return router
  },
  api: (service, routes, { config }) =>
    authApi(service, routes, { secret: config.sessionSecret, secureCookies: config.env === 'production' }),
  auditActions: AUTH_AUDIT_ACTIONS,
})
export { safeReturnTo } from './auth.schemas.ts'
export { passwordProblem, PASSWORD_MESSAGES } from './password.rules.ts'
export { WRONG_CURRENT_PASSWORD } from './auth.service.ts'
export type { AuthService } from './auth.service.ts'
