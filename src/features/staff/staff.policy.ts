import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Staff accounts, their roles and teams are for administrators only. */
export function mayAdministerStaff(user: CurrentUser): boolean {
  return user.role === 'admin'
}
