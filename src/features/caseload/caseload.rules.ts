import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import { daysBetween, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { CaseDates, Stage } from '../../platform/case/stage.rules.ts'

// The stages are every case page's too (its header), so they live with the case's shared rules.
export {
  STAGE_LABELS,
  STAGE_POLICY,
  STAGES,
  stageOf,
  type CaseDates,
  type Stage,
} from '../../platform/case/stage.rules.ts'

export interface Deadline {
  what: string
  date: IsoDate
  overdue: boolean
}

/**
 * The deadlines derived from key dates alone that still lie ahead of someone in custody, soonest first. Deadlines
 * that are met by doing something (the screenings, readiness items) come from their features, which know if it is done.
 */
export function deadlines(c: CaseDates, today: IsoDate): Deadline[] {
  if (c.releaseDate) return []
  const candidates: (Deadline | null)[] = [
    !c.hasCom && c.comAllocationOverdueFrom
      ? { what: 'Allocate a COM', date: c.comAllocationOverdueFrom, overdue: c.comAllocationOverdueFrom <= today }
      : null,
    c.handoverDate && c.handoverDate >= today
      ? { what: 'Handover to the COM', date: c.handoverDate, overdue: false }
      : null,
    c.earliestReleaseDate && c.earliestReleaseDate >= today
      ? { what: 'Release', date: c.earliestReleaseDate, overdue: false }
      : null,
  ]
  return candidates
    .filter((d): d is Deadline => d !== null)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.date < b.date ? -1 : 1))
}

/** Days from today to the earliest release date, for people still in custody. */
export function daysToRelease(c: CaseDates, today: IsoDate): number | null {
  return !c.releaseDate && c.earliestReleaseDate ? daysBetween(today, c.earliestReleaseDate) : null
}

/**
 * A person's next deadline and everything overdue, from the key dates, from what each feature still has open and
 * from the handover flags. A feature's deadline is overdue from the day after it falls due.
 *
 * Decisions where the issue is silent:
 * - Each label is shown once for a person: two open actions of one pathway are one "Action: Housing overdue", dated
 *   by the older, and a label already overdue is not shown again as the next deadline (the overdue one says more).
 * - Once the licence has ended nothing is next and nothing is overdue: whatever was left open can no longer be done
 *   under the sentence, and the caseload is not the place to chase it.
 */
export function nextAndOverdue(
  stage: Stage,
  fromKeyDates: readonly Deadline[],
  fromFeatures: readonly CaseDeadline[],
  today: IsoDate,
): { next: Deadline | null; overdue: Deadline[] } {
  if (stage === 'licence-ended') return { next: null, overdue: [] }
  const all = [
    ...fromKeyDates,
    ...fromFeatures.map(d => ({ what: d.label, date: d.dueDate, overdue: d.dueDate < today })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const overdue = onePerLabel(all.filter(d => d.overdue))
  const shown = new Set(overdue.map(d => d.what))
  return { next: all.find(d => !d.overdue && !shown.has(d.what)) ?? null, overdue }
}

/** The first of each label, in the order given. */
function onePerLabel(list: readonly Deadline[]): Deadline[] {
  const seen = new Set<string>()
  return list.filter(d => {
    if (seen.has(d.what)) return false
    seen.add(d.what)
    return true
  })
}

/** What "release date, soonest first" reads of a person. */
export interface ReleaseDates {
  releaseDate: IsoDate | null
  earliestReleaseDate: IsoDate | null
}

/**
 * "Release date, soonest first": the releases still to come, soonest first (someone still in custody after their
 * earliest release date is the most pressing, so comes first of all); then the releases that have happened, the
 * most recent first; then the people with no date. The caseload query's ORDER BY is its SQL twin, and a test holds
 * the two to the same order.
 */
export function byRelease(a: ReleaseDates, b: ReleaseDates): number {
  const [groupA, keyA] = releaseKey(a)
  const [groupB, keyB] = releaseKey(b)
  if (groupA !== groupB) return groupA - groupB
  if (keyA === keyB) return 0
  // Releases to come ascend; releases past descend.
  return (keyA < keyB ? -1 : 1) * (groupA === 1 ? -1 : 1)
}

function releaseKey(c: ReleaseDates): [number, IsoDate] {
  if (c.releaseDate) return [1, c.releaseDate]
  if (c.earliestReleaseDate) return [0, c.earliestReleaseDate]
  return [2, '']
}
