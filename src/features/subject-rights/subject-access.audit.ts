/** What a subject access request writes to the trail: every search, every look at what is held, every export. */
export const SUBJECT_ACCESS_AUDIT_ACTIONS = [
  'subject-access.searched',
  'subject-access.viewed',
  'subject-access.exported',
] as const

export type SubjectAccessAuditAction = (typeof SUBJECT_ACCESS_AUDIT_ACTIONS)[number]
