/** What the second factor writes to the audit trail: never a secret or a code, only that it happened. */
export const MFA_AUDIT_ACTIONS = [
  'mfa.set-up-started',
  'mfa.set-up',
  'mfa.set-up-failed',
  'mfa.code-accepted',
  'mfa.recovery-code-used',
  'mfa.code-refused',
  'mfa.reset',
  'mfa.status-viewed',
] as const

export type MfaAuditAction = (typeof MFA_AUDIT_ACTIONS)[number]
