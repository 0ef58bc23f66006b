/** What the strengths feature writes to the audit trail. */
export const STRENGTHS_AUDIT_ACTIONS = [
  'strengths.viewed',
  'strength.added',
  'strength.changed',
  'strength.removed',
  'achievement.recorded',
  'achievement.confirmed',
  'achievement.evidence-added',
  'achievement.evidence-downloaded',
  'giving-back.recorded',
] as const

export type StrengthsAuditAction = (typeof STRENGTHS_AUDIT_ACTIONS)[number]
