import type { CurrentUser } from '../../platform/auth/current-user.ts'

/**
 * The meeting and the contacts are recorded by staff who may change the case (PeopleService decides who may), and
 * only once there is a custody episode to hold them; the person may read their own handover but never records it.
 */
export function mayRecordHandover(user: CurrentUser, record: { canEdit: boolean; hasEpisode: boolean }): boolean {
  return user.role !== 'person' && record.canEdit && record.hasEpisode
}
