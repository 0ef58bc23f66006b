/** Putting a person's moments in order and filtering them by kind. Pure. */
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'

/** The kinds of moment the features offer, in the order the filter lists them, with their names. */
export const TIMELINE_KINDS = {
  custody: 'Custody and key dates',
  allocation: 'Allocations',
  needs: 'Needs screening',
  action: 'Actions',
  handover: 'Handover',
  readiness: 'Release readiness',
  release: 'Release',
  'follow-up': 'Follow-ups after release',
  plan: 'Plan versions and answers',
  supervision: 'Supervision appointments',
  setback: 'Setbacks',
  recall: 'Breach and recall',
} as const

export type TimelineKind = keyof typeof TIMELINE_KINDS

/**
 * The newest first. A moment known only by its day counts as the start of that day, so that what happened at a
 * known time that day comes above it; ties keep the order the sources gave.
 */
export function arrange(events: readonly TimelineEvent[], kind?: string): TimelineEvent[] {
  return events
    .filter(e => !kind || e.kind === kind)
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.at < b.event.at ? 1 : a.event.at > b.event.at ? -1 : a.index - b.index))
    .map(({ event }) => event)
}

export const TIMELINE_PAGE_SIZE = 50

/** One page of arranged moments; a page past the last shows the last, so a stale link still shows something. */
export function pageOf<T>(events: readonly T[], page: number, size = TIMELINE_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(events.length / size))
  const shown = Math.min(Math.max(1, page), pageCount)
  return { events: events.slice((shown - 1) * size, shown * size), total: events.length, page: shown, pageCount }
}
