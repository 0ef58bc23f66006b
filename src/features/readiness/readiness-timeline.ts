/** The readiness feature's moments on a person's timeline: each welfare item when it was met. */
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { ITEMS } from './readiness-items.ts'
import type { ReadinessTables } from './readiness.repository.ts'

/** The caller (the timeline) has already checked that the user may see the person. */
export function readinessTimeline(base: Db): TimelineSource {
  const db = base.withTables<ReadinessTables>()
  return async personId => {
    const met = await db
      .selectFrom('readiness_item as r')
      .innerJoin('app_user as u', 'u.id', 'r.updated_by')
      .select(['r.item', 'r.updated_at', 'u.display_name as by'])
      .where('r.person_id', '=', personId)
      .where('r.status', '=', 'met')
      .execute()
    return met.map(r => ({
      at: r.updated_at.toISOString(),
      title: `Ready for release: ${ITEMS[r.item].title.toLowerCase()}`,
      by: r.by,
      kind: 'readiness',
      href: `/people/${personId}/readiness`,
    }))
  }
}
