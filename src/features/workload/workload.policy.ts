import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Staff who may see the case see its tier; the person never sees staff pages. */
export function maySeeTier(user: CurrentUser): boolean {
  return user.role === 'com' || user.role === 'pom' || user.role === 'manager'
}

/** The practitioners and managers who may change the record record its tier. */
export function mayRecordTier(user: CurrentUser, canEditRecord: boolean): boolean {
  return maySeeTier(user) && canEditRecord
}

/**
 * A manager sees the workload of every COM in their team; a COM sees their own; nobody else sees anyone's.
 * `staffTeamId` is the team of the practitioner whose workload is asked for.
 */
export function maySeeWorkload(user: CurrentUser, staffId: string, staffTeamId: string | null): boolean {
  if (user.role === 'com') return user.id === staffId
  return user.role === 'manager' && user.teamId !== null && user.teamId === staffTeamId
}

/** Only a manager of the practitioner's team sets their hours and reductions. */
export function mayChangeHours(user: CurrentUser, staffTeamId: string | null): boolean {
  return user.role === 'manager' && user.teamId !== null && user.teamId === staffTeamId
}

/** Only a manager sees the team dashboard and allocation advice. */
export function mayManageTeam(user: CurrentUser): boolean {
  return user.role === 'manager' && user.teamId !== null
}

/**
 * A COM records and removes their own court reports; the manager of their team records and removes them too. The
 * same people who see the workload, since a report is part of it.
 */
export function mayRecordCourtReports(user: CurrentUser, staffId: string, staffTeamId: string | null): boolean {
  return maySeeWorkload(user, staffId, staffTeamId)
}
