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
  tier: 'Tiers',
  supervision: 'Supervision appointments',
  setback: 'Setbacks',
  recall: 'Breach and recall',
  achievement: 'Achievements',
  certificate: 'Certificate of rehabilitation',
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
