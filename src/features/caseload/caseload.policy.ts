import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Whose caseload: the people allocated to one practitioner, or to anyone in a team. */
export type CaseloadOwner = { kind: 'com' | 'pom'; userId: string } | { kind: 'team'; teamId: string }

/** A practitioner has their own caseload and a manager their team's; nobody else has one. */
export function caseloadOwner(user: CurrentUser): CaseloadOwner | null {
  if (user.role === 'com' || user.role === 'pom') return { kind: user.role, userId: user.id }
  if (user.role === 'manager' && user.teamId) return { kind: 'team', teamId: user.teamId }
  return null
}

/** Only a team's manager allocates community offender managers, so only they see who is waiting for one. */
export function mayAllocateComs(user: CurrentUser): user is CurrentUser & { teamId: string } {
  return user.role === 'manager' && Boolean(user.teamId)
}
