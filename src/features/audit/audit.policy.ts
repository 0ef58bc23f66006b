import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** The trail is for administrators, who see no case content otherwise. */
export function mayReadAuditTrail(user: CurrentUser): boolean {
  return user.role === 'admin'
}
