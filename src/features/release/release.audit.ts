/** What the release feature writes to the audit trail. */
export const RELEASE_AUDIT_ACTIONS = [
  'release.viewed',
  'release.access-refused',
  'release.recorded',
  'release.changed',
  'release.follow-up-recorded',
  'release.follow-up-changed',
] as const

export type ReleaseAuditAction = (typeof RELEASE_AUDIT_ACTIONS)[number]
