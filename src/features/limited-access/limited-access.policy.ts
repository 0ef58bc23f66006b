import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Who may see a case is decided by a manager who may change the record: a practitioner never widens their own. */
export function mayKeepLists(user: CurrentUser, canEditRecord: boolean): boolean {
  return user.role === 'manager' && canEditRecord
}
