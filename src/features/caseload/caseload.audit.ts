/** What the caseload feature writes to the audit trail. */
export const CASELOAD_AUDIT_ACTIONS = ['caseload.viewed', 'caseload.awaiting-com-viewed'] as const

export type CaseloadAuditAction = (typeof CASELOAD_AUDIT_ACTIONS)[number]
