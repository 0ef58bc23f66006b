/** What single sign-on writes to the audit trail. */
export const SSO_AUDIT_ACTIONS = [
  'sign-in.sso.succeeded',
  'sign-in.sso.refused',
  /** The provider could not be reached, or its discovery document was refused (another issuer, say). */
  'sign-in.sso.unavailable',
  'sso.linked',
  'sso.unlinked',
] as const

export type SsoAuditAction = (typeof SSO_AUDIT_ACTIONS)[number]
