/** What the supervision feature writes to the audit trail. */
export const SUPERVISION_AUDIT_ACTIONS = [
  'supervision.viewed',
  'supervision.appointment-scheduled',
  'supervision.appointment-recorded',
  'supervision.setback-recorded',
] as const

export type SupervisionAuditAction = (typeof SUPERVISION_AUDIT_ACTIONS)[number]
