import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Contact notes and setbacks are for staff; the person sees who their practitioner is on their own page. */
export function mayOpenSupervision(user: CurrentUser): boolean {
  return user.role !== 'person'
}
