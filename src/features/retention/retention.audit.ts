/** What the retention review writes to the trail: every listing of the records due, on a page or by the command. */
export const RETENTION_AUDIT_ACTIONS = ['retention.review-listed'] as const

export type RetentionAuditAction = (typeof RETENTION_AUDIT_ACTIONS)[number]
