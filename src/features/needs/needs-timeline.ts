/** The needs feature's moments on a person's timeline: each screening, and each action planned and done. */
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { withNeedsTables } from './needs.tables.ts'

const SCREENING_TITLES = { arrival: 'Needs screened on arrival', 'pre-release': 'Needs reviewed before release' }

/** The caller (the timeline) has already checked that the user may see the person. */
export function needsTimeline(base: Db): TimelineSource {
  const db = withNeedsTables(base)
  return async personId => {
    const [screenings, actions] = await Promise.all([
      db
        .selectFrom('needs_screening as s')
        .innerJoin('app_user as u', 'u.id', 's.screened_by')
        .select(['s.kind', 's.screened_on', 'u.display_name as by'])
        .where('s.person_id', '=', personId)
        .execute(),
      db
        .selectFrom('need_action as a')
        .innerJoin('app_user as u', 'u.id', 'a.created_by')
        .select(['a.description', 'a.created_at', 'a.completed_on', 'a.due_date', 'u.display_name as by'])
        .where('a.person_id', '=', personId)
        .execute(),
    ])
    const href = `/people/${personId}/needs`
    return [
      ...screenings.map(s => ({ at: s.screened_on, title: SCREENING_TITLES[s.kind], by: s.by, kind: 'needs', href })),
      ...actions.flatMap(a => [
        {
          at: a.created_at.toISOString(),
          title: 'Action planned',
          description: a.description,
          by: a.by,
          kind: 'action',
          href,
        },
        ...(a.completed_on
          ? [{ at: a.completed_on, title: 'Action done', description: a.description, kind: 'action', href }]
          : []),
      ]),
    ]
  }
}
