/** What the release readiness feature writes to the audit trail. */
export const READINESS_AUDIT_ACTIONS = [
  'readiness.viewed',
  'readiness.access-refused',
  'readiness.item-updated',
  'readiness.housing-referral-recorded',
] as const

export type ReadinessAuditAction = (typeof READINESS_AUDIT_ACTIONS)[number]
