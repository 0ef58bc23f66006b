import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { mfaApi } from './mfa.api.ts'
import { MFA_AUDIT_ACTIONS } from './mfa.audit.ts'
import { createMfaRepository } from './mfa.repository.ts'
import { createMfaSecrets } from './mfa.secrets.ts'
import { createMfaService, type MfaService } from './mfa.service.ts'

/**
 * TOTP multi-factor authentication for local staff accounts, with recovery codes. Its sign-in pages are mounted
 * by the auth feature (`mfaRoutes`), which owns the sign-in and its attempt counting.
 */
export const mfa = defineFeature({
  name: 'mfa',
  build: ({ db, audit, config }: PlatformDeps) =>
    createMfaService({
      repository: createMfaRepository(db),
      secrets: createMfaSecrets(config.mfaEncryptionKey),
      audit,
      requiredRoles: config.mfaRequiredRoles,
    }),
  api: (service, routes) => mfaApi(service, routes),
  auditActions: MFA_AUDIT_ACTIONS,
})

export type { MfaService }
export { WRONG_CODE } from './mfa.service.ts'
export { MFA_COOKIE, mfaRoutes, startSecondFactor, type SignInWithCode } from './mfa.routes.ts'
