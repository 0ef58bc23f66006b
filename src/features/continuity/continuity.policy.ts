import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** A person's history of practitioners, with the handover notes between them, is for staff who may see the case. */
export function mayReadPractitionerHistory(user: CurrentUser): boolean {
  return user.role !== 'person'
}

/** Only a team's manager sees the continuity measures of the team. */
export function mayReadTeamContinuity(user: CurrentUser): user is CurrentUser & { teamId: string } {
  return user.role === 'manager' && Boolean(user.teamId)
}

/** The person whose own practitioner page this user may open: only a signed-in person, only their own. */
export function ownRecordOf(user: CurrentUser): string | null {
  return user.role === 'person' ? user.personId : null
}
