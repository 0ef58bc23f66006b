/**
 * The manager's queue (issue 17): which items are open, in what order, whether one may be signed off here, and
 * the share of cases with recorded oversight. Pure: no I/O, no clock (today is an argument).
 *
 * Decisions where the issue is silent:
 * - An item is signed off once: a sign-off names the item's kind and the record it is about (a custody episode, a
 *   review), so the same need on a new sentence, or a new review, is a new item.
 * - A recall decision (and any item whose source says `done-there`) is never signed off from the queue: it leaves
 *   the queue when it is done on its own page, where the countersignature records who and when.
 * - Oldest first: the item that has waited longest (or fell due first) leads; ties by kind, then person.
 * - "Recorded oversight" is a manager's sign-off in the queue or a countersignature a source reports (a recall
 *   decision), on a case of the team, within the last 12 weeks (84 days, today included).
 */
import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { OversightItem } from '../../platform/case/oversight-item.ts'
import { PAGE_SIZE } from '../../platform/lists/page-of.ts'

/** Resettle's default practice, recorded 2026-12-02 (issue 17). Practice changes: change the figures here. */
export const OVERSIGHT_POLICY = {
  name: "The manager's queue and recorded oversight (Resettle default, issue 17)",
  recordedOn: '2026-12-02',
  /** The window of the share of cases with recorded oversight, in weeks. */
  shareWindowWeeks: 12,
  /** Items on a page of the queue and of its history, as on every list. */
  pageSize: PAGE_SIZE,
} as const

export const itemKey = (item: Pick<OversightItem, 'kind' | 'subjectId'>) => `${item.kind}\u0000${item.subjectId}`

/** The items still open: not signed off, each once, the oldest first. */
export function openItems(items: readonly OversightItem[], signedOff: ReadonlySet<string>): OversightItem[] {
  const seen = new Set<string>()
  const open = items.filter(item => {
    const key = itemKey(item)
    if (signedOff.has(key) || seen.has(key)) return false
    seen.add(key)
    return true
  })
  return open.sort(
    (a, b) =>
      compare(a.since, b.since) ||
      compare(a.kind, b.kind) ||
      compare(a.personId, b.personId) ||
      compare(a.subjectId, b.subjectId),
  )
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Why an item may not be signed off in the queue, or null when it may. */
export function signOffProblem(item: OversightItem | undefined): string | null {
  if (!item) return 'This item is not waiting in your queue: it may have been done or signed off already'
  if (item.clears === 'done-there') return 'This item is done on its own page, not signed off here'
  return null
}

/** The first day of the window ending today, in which oversight counts. */
export function shareSince(today: IsoDate, weeks: number = OVERSIGHT_POLICY.shareWindowWeeks): IsoDate {
  return addDays(today, -(weeks * 7) + 1)
}

export interface OversightShare {
  weeks: number
  since: IsoDate
  overseen: number
  cases: number
  /** Whole per cent, rounded half up; null for a team with no cases. */
  percent: number | null
}

export function oversightShare(overseen: number, cases: number, since: IsoDate, weeks: number): OversightShare {
  if (!Number.isInteger(overseen) || !Number.isInteger(cases) || overseen < 0 || overseen > cases) {
    throw new RangeError('Overseen cases are a whole number from 0 to the number of cases')
  }
  // Integer arithmetic: (200 × overseen + cases) ÷ (2 × cases), floored, is the percentage rounded half up.
  const percent = cases === 0 ? null : Math.floor((200 * overseen + cases) / (2 * cases))
  return { weeks, since, overseen, cases, percent }
}
