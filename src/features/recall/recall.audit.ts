/** What the breach and recall feature writes to the audit trail. */
export const RECALL_AUDIT_ACTIONS = [
  'recall.viewed',
  'recall.recommended',
  'recall.correction-recorded',
  'recall.countersigned',
  'recall.letter-generated',
] as const

export type RecallAuditAction = (typeof RECALL_AUDIT_ACTIONS)[number]
