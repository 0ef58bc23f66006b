import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** A person's recorded convictions are kept by staff; the person reads their own at /your-record. */
export function mayOpenConvictions(user: CurrentUser): boolean {
  return user.role !== 'person'
}

/** The person whose own record this user may read: only a person, and only their own. */
export function ownRecordOf(user: CurrentUser): string | null {
  return user.role === 'person' ? user.personId : null
}
