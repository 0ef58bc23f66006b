/** What the manager's queue writes to the audit trail. */
export const OVERSIGHT_AUDIT_ACTIONS = [
  'oversight.queue-viewed',
  'oversight.sign-off-viewed',
  'oversight.signed-off',
  'oversight.history-viewed',
] as const

export type OversightAuditAction = (typeof OVERSIGHT_AUDIT_ACTIONS)[number]
