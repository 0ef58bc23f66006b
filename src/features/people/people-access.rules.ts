import type { CurrentUser } from '../../platform/auth/current-user.ts'

/**
 * Which people a user's role lets them near, before limited-access lists are applied. Deny by default:
 * a role not named here sees nobody. The repository turns a scope into SQL, so that lists and single
 * records are decided by the same rule.
 */
export type PeopleScope =
  | { kind: 'none' }
  | { kind: 'self'; personId: string }
  | { kind: 'prison'; prisonId: string; userId: string }
  | { kind: 'team'; teamId: string; userId: string }
  /** The team's people, and the people of the team's PDU still waiting for a COM, whom a manager allocates. */
  | { kind: 'management'; teamId: string; userId: string }
  | { kind: 'allocated'; userId: string }

export function readScope(user: CurrentUser): PeopleScope {
  switch (user.role) {
    case 'person':
      return user.personId ? { kind: 'self', personId: user.personId } : { kind: 'none' }
    case 'pom':
      return user.prisonId ? { kind: 'prison', prisonId: user.prisonId, userId: user.id } : { kind: 'none' }
    case 'com':
      return user.teamId ? { kind: 'team', teamId: user.teamId, userId: user.id } : { kind: 'none' }
    case 'manager':
      return user.teamId ? { kind: 'management', teamId: user.teamId, userId: user.id } : { kind: 'none' }
    default:
      // Partners see referrals only; admins see no case content.
      return { kind: 'none' }
  }
}

/** A COM changes only the people allocated to them; their team's other people are read-only. */
export function writeScope(user: CurrentUser): PeopleScope {
  if (user.role === 'com') return { kind: 'allocated', userId: user.id }
  if (user.role === 'person') return { kind: 'none' }
  return readScope(user)
}
