import type { CurrentUser } from '../../platform/auth/current-user.ts'

/**
 * Who sees the outcomes dashboard, and at which levels: a manager their team and their PDU; an administrator each
 * region and the nation. Nobody else. The figures are counts of releases, never a person, and small ones hidden.
 */
export const OUTCOMES_READERS = ['manager', 'admin'] as const
export const LEVELS = ['team', 'pdu', 'region', 'nation'] as const
export type Level = (typeof LEVELS)[number]

export function levelsFor(user: CurrentUser): Level[] {
  if (user.role === 'manager' && user.teamId) return ['team', 'pdu']
  if (user.role === 'admin') return ['nation', 'region']
  return []
}
