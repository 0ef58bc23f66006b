/** What the continuity feature writes to the audit trail. */
export const CONTINUITY_AUDIT_ACTIONS = [
  'continuity.viewed',
  'continuity.team-viewed',
  'continuity.letter-generated',
] as const

export type ContinuityAuditAction = (typeof CONTINUITY_AUDIT_ACTIONS)[number]
