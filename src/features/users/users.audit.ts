/** What creating accounts writes to the audit trail. */
export const USERS_AUDIT_ACTIONS = ['user.created'] as const

export type UsersAuditAction = (typeof USERS_AUDIT_ACTIONS)[number]
