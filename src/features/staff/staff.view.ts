import type { STAFF_ROLES } from '../../platform/auth/current-user.ts'

type StaffRole = (typeof STAFF_ROLES)[number]

/** How each staff role is named on the staff pages. */
export const ROLE_NAMES: Record<StaffRole, string> = {
  com: 'Community offender manager (COM)',
  pom: 'Prison offender manager (POM)',
  manager: 'Manager',
  partner: 'Partner organisation worker',
  admin: 'Administrator',
}

export const roleItems = (selected?: string) =>
  Object.entries(ROLE_NAMES).map(([value, text]) => ({ value, text, checked: value === selected }))

/** Select options with a blank first choice, the chosen one selected. */
export function options(list: { value: string; text: string }[], selected: string | undefined, blank: string) {
  return [{ value: '', text: blank }, ...list.map(item => ({ ...item, selected: item.value === selected }))]
}
