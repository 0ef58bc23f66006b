/** What staff administration writes to the audit trail (creating an account also writes the users feature's). */
export const STAFF_AUDIT_ACTIONS = [
  'staff.listed',
  'staff.viewed',
  'staff.created',
  'staff.changed',
  'staff.deactivated',
  'staff.reactivated',
  'team.listed',
  'team.created',
] as const

export type StaffAuditAction = (typeof STAFF_AUDIT_ACTIONS)[number]
