import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { SSO_AUDIT_ACTIONS } from './sso.audit.ts'
import { createSsoRepository } from './sso.repository.ts'
import { ssoRoutes } from './sso.routes.ts'
import { createSsoService } from './sso.service.ts'

/**
 * Sign-in with the organisation's OpenID Connect provider, beside local accounts; its routes are always there
 * (answering 404 when OIDC_ISSUER is not set), so that the route list is the same in every configuration.
 */
export const sso = defineFeature({
  name: 'sso',
  build: ({ db, sessions, audit, config }: PlatformDeps) =>
    createSsoService({ settings: config.sso, repository: createSsoRepository(db), sessions, audit }),
  pages: (service, routes, { config }) => ssoRoutes(service, routes, config.env === 'production'),
  auditActions: SSO_AUDIT_ACTIONS,
})
export { createSsoRepository } from './sso.repository.ts'
export { createSsoService } from './sso.service.ts'
export { linkSsoSchema } from './sso.schemas.ts'
