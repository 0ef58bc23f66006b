/** What the outcomes dashboard writes to the audit trail: each view and each download, with its scope. */
export const OUTCOMES_AUDIT_ACTIONS = ['outcomes.viewed', 'outcomes.downloaded'] as const

export type OutcomesAuditAction = (typeof OUTCOMES_AUDIT_ACTIONS)[number]
