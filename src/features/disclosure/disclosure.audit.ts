/** What the disclosure feature writes to the audit trail; the public checker writes nothing. */
export const DISCLOSURE_AUDIT_ACTIONS = ['convictions.viewed', 'conviction.added', 'conviction.removed'] as const

export type DisclosureAuditAction = (typeof DISCLOSURE_AUDIT_ACTIONS)[number]
