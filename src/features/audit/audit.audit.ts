/** What the audit feature writes to the trail itself: every reading and every export of it. */
export const AUDIT_TRAIL_ACTIONS = ['audit.searched', 'audit.exported'] as const

export type AuditTrailAction = (typeof AUDIT_TRAIL_ACTIONS)[number]
