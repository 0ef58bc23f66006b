import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Only a team's manager has the queue: it reads across the team's cases and signs off for them. */
export function mayOversee(user: CurrentUser): user is CurrentUser & { teamId: string } {
  return user.role === 'manager' && Boolean(user.teamId)
}
