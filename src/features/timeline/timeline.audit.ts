/** What the timeline writes to the audit trail. */
export const TIMELINE_AUDIT_ACTIONS = ['timeline.viewed', 'timeline.access-refused'] as const

export type TimelineAuditAction = (typeof TIMELINE_AUDIT_ACTIONS)[number]
