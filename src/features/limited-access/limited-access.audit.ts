/** What the limited-access feature writes to the audit trail. */
export const LIMITED_ACCESS_AUDIT_ACTIONS = [
  'limited-access.viewed',
  'limited-access.added',
  'limited-access.ended',
] as const

export type LimitedAccessAuditAction = (typeof LIMITED_ACCESS_AUDIT_ACTIONS)[number]
