import type { CurrentUser } from '../../platform/auth/current-user.ts'

/**
 * The timeline is the practitioners' view of a whole journey, with staff names and every feature's records: a
 * person goes through theirs with their practitioner rather than alone.
 */
export function mayReadTimeline(user: CurrentUser): boolean {
  return user.role !== 'person'
}
