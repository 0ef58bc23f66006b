/** What the needs feature writes to the audit trail. */
export const NEEDS_AUDIT_ACTIONS = [
  'needs.viewed',
  'needs.screened',
  'need-action.added',
  'need-action.updated',
  'need-action.completed',
] as const

export type NeedsAuditAction = (typeof NEEDS_AUDIT_ACTIONS)[number]
