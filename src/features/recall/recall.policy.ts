import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Breach records are for staff who may see the case; the person is told by letter, never shown the record. */
export function mayOpenBreachRecords(user: CurrentUser): boolean {
  return user.role !== 'person'
}

/** Only a senior probation officer countersigns, and never their own recommendation. */
export function mayCountersign(user: CurrentUser, recommendedBy?: string): boolean {
  return user.role === 'manager' && recommendedBy !== user.id
}
