import type { CurrentUser } from '../../platform/auth/current-user.ts'

/**
 * Diversity data is special-category data (s.35(8) DPA 2018): it is shown only to the practitioners who screen and
 * plan with the person: POMs, COMs and their managers, and then only for a case they may open. Never a partner,
 * never an administrator (no case content), never through any API answer to another role. The person's own pages
 * do not show it yet.
 */
export const DIVERSITY_READERS = ['pom', 'com', 'manager'] as const

export function mayReadDiversity(user: CurrentUser): boolean {
  return (DIVERSITY_READERS as readonly string[]).includes(user.role)
}
