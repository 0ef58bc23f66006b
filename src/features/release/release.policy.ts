/**
 * Who may do what with a release. Who may see or change a case at all is PeopleService's decision; these are the
 * release's own: it is practitioners' work, and the prison's part ends at the gate.
 */
import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** The person hears about their release and its follow-ups from their practitioner. */
export const mayOpenRelease = (user: CurrentUser): boolean => user.role !== 'person'

/** The POM may record the release of a custody episode, then only read it. */
export const mayRecordRelease = (user: CurrentUser, released: boolean): boolean => !(user.role === 'pom' && released)

/** The follow-ups come after the gate: the community practitioners record them; the prison's POM reads them. */
export const FOLLOW_UP_RECORDERS = ['com', 'manager'] as const

export const mayRecordFollowUps = (user: CurrentUser): boolean =>
  (FOLLOW_UP_RECORDERS as readonly string[]).includes(user.role)
