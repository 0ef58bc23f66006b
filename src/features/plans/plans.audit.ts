/** What the plans feature writes to the audit trail. */
export const PLAN_AUDIT_ACTIONS = ['plan.viewed', 'plan.changed', 'plan.answer-recorded'] as const

export type PlanAuditAction = (typeof PLAN_AUDIT_ACTIONS)[number]
