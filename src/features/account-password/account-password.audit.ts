/** What changing one's own password writes to the audit trail (never a password or its hash). */
export const ACCOUNT_PASSWORD_AUDIT_ACTIONS = ['password.changed'] as const

export type AccountPasswordAuditAction = (typeof ACCOUNT_PASSWORD_AUDIT_ACTIONS)[number]
