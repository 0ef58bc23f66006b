/**
 * The people feature's moments on a person's timeline: each custody episode's arrival and the key dates that have
 * passed. Allocations are told by continuity (with the reason for each change), release by its own feature.
 */
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { PeopleRepository } from './people.repository.ts'

type EpisodeRow = Awaited<ReturnType<PeopleRepository['episodes']>>[number]

export function peopleEvents(personId: string, episodes: EpisodeRow[], today: IsoDate): TimelineEvent[] {
  const href = `/people/${personId}`
  return episodes.flatMap(e => {
    const passed = (at: IsoDate | null, title: string, description?: string) =>
      at && at <= today ? [{ at, title, kind: 'custody', href, ...(description ? { description } : {}) }] : []
    return [
      ...passed(e.arrival_date, 'Arrived in custody', e.prison_name ?? undefined),
      ...(e.sentence_start_date !== e.arrival_date ? passed(e.sentence_start_date, 'Sentence started') : []),
      ...passed(e.handover_date, 'Handover date: the community offender manager takes responsibility'),
      ...(e.release_date ? [] : passed(e.earliest_release_date, 'Earliest release date passed')),
      ...passed(e.licence_expiry_date, 'Licence ended'),
    ]
  })
}
