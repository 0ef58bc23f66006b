/** What "Your sessions" writes to the audit trail. */
export const ACCOUNT_SESSIONS_AUDIT_ACTIONS = [
  'account-sessions.viewed',
  'account-sessions.ended',
  'account-sessions.ended-others',
] as const

export type AccountSessionsAuditAction = (typeof ACCOUNT_SESSIONS_AUDIT_ACTIONS)[number]
