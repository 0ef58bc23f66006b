import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import { daysBetween, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { CaseDates } from '../../platform/case/stage.rules.ts'

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
 * A person's next deadline and everything overdue, from the key dates and from what each feature still has
 * open. A feature's deadline is overdue from the day after it falls due.
 */
export function nextAndOverdue(
  fromKeyDates: readonly Deadline[],
  fromFeatures: readonly CaseDeadline[],
  today: IsoDate,
): { next: Deadline | null; overdue: Deadline[] } {
  const all = [
    ...fromKeyDates,
    ...fromFeatures.map(d => ({ what: d.label, date: d.dueDate, overdue: d.dueDate < today })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return { next: all.find(d => !d.overdue) ?? null, overdue: all.filter(d => d.overdue) }
}
