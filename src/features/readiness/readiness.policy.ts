import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** The checklist and the housing referrals are practitioners' work; the person has their release-day plan. */
export function mayOpenChecklist(user: CurrentUser): boolean {
  return user.role !== 'person'
}

/** The person reads their plan as their own, without the practitioners' warnings and tabs. */
export function readsOwnPlan(user: CurrentUser): boolean {
  return user.role === 'person'
}
