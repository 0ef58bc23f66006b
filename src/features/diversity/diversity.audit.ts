/** What the diversity feature writes to the audit trail: every view and every change of the record. */
export const DIVERSITY_AUDIT_ACTIONS = ['diversity.viewed', 'diversity.recorded', 'diversity.denied'] as const

export type DiversityAuditAction = (typeof DIVERSITY_AUDIT_ACTIONS)[number]
