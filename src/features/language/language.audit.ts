/** What choosing a language writes to the audit trail. */
export const LANGUAGE_AUDIT_ACTIONS = ['language.chosen'] as const

export type LanguageAuditAction = (typeof LANGUAGE_AUDIT_ACTIONS)[number]
