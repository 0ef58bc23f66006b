/**
 * The people feature's moments on a person's timeline: each custody episode's arrival and the key dates that have
 * passed, and every allocation of a practitioner. Release has its own feature and tells its own moments.
 */
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { PeopleRepository } from './people.repository.ts'

type EpisodeRow = Awaited<ReturnType<PeopleRepository['episodes']>>[number]
type AllocationRow = Awaited<ReturnType<PeopleRepository['allocations']>>[number]

const ROLE_NAMES = { com: 'Community offender manager', pom: 'Prison offender manager' } as const

export function peopleEvents(
  personId: string,
  rows: { episodes: EpisodeRow[]; allocations: AllocationRow[] },
  today: IsoDate,
): TimelineEvent[] {
  const href = `/people/${personId}`
  const custody = rows.episodes.flatMap(e => {
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
  const allocations = rows.allocations.map(a => ({
    at: a.allocated_at.toISOString(),
    title: a.staff_name ? `${ROLE_NAMES[a.kind]} allocated: ${a.staff_name}` : `${ROLE_NAMES[a.kind]} unallocated`,
    ...(a.reason ? { description: a.reason } : {}),
    ...(a.by_name ? { by: a.by_name } : {}),
    kind: 'allocation',
    href,
  }))
  return [...custody, ...allocations]
}
