/** The needs feature's moments on a person's timeline: each screening, and each action planned and done. */
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import type { NeedsRepository } from './needs.repository.ts'

const SCREENING_TITLES = { arrival: 'Needs screened on arrival', 'pre-release': 'Needs reviewed before release' }

type Journal = Awaited<ReturnType<NeedsRepository['journal']>>

export function needsEvents(personId: string, { screenings, actions }: Journal): TimelineEvent[] {
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
