/** What signing in and out writes to the audit trail. */
export const AUTH_AUDIT_ACTIONS = ['sign-in.succeeded', 'sign-in.failed', 'sign-in.locked', 'sign-out'] as const

export type AuthAuditAction = (typeof AUTH_AUDIT_ACTIONS)[number]
