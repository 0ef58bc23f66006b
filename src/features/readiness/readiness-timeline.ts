/** The readiness feature's moments on a person's timeline: each welfare item when it was met. */
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import { ITEMS } from './readiness-items.ts'
import type { ReadinessRepository } from './readiness.repository.ts'

type MetRow = Awaited<ReturnType<ReadinessRepository['metItems']>>[number]

export function readinessEvents(personId: string, met: MetRow[]): TimelineEvent[] {
  return met.map(r => ({
    at: r.updated_at.toISOString(),
    title: `Ready for release: ${ITEMS[r.item].title.toLowerCase()}`,
    by: r.by,
    kind: 'readiness',
    href: `/people/${personId}/readiness`,
  }))
}
