/** What the handover feature writes to the audit trail. */
export const HANDOVER_AUDIT_ACTIONS = [
  'handover.viewed',
  'handover.meeting-recorded',
  'handover.meeting-changed',
  'handover.contact-added',
  'handover.report-viewed',
] as const

export type HandoverAuditAction = (typeof HANDOVER_AUDIT_ACTIONS)[number]
