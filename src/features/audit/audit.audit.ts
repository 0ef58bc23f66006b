/** What the audit feature writes to the trail itself: every reading of it. */
export const AUDIT_TRAIL_ACTIONS = ['audit.searched'] as const

export type AuditTrailAction = (typeof AUDIT_TRAIL_ACTIONS)[number]
