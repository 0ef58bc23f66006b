import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import { addDays, daysBetween, type IsoDate } from '../../platform/dates/calendar-date.ts'

/**
 * Where a person is on the journey through the gate, for caseloads (issue 4). The windows are practice,
 * not law: keep them here, named and dated. Recorded 2026-11-23.
 */
export const STAGE_POLICY = {
  name: 'Resettle caseload stages',
  recordedOn: '2026-11-23',
  /** "Handover due" from this many days before the handover date until it is done. */
  handoverSoonDays: 28,
  /** "Due out" within 12 weeks of the earliest release date. */
  releaseSoonDays: 84,
  /** "Released" for the first 6 weeks after release, then "on licence". */
  recentlyReleasedDays: 42,
} as const

export const STAGES = [
  'not-recorded',
  'in-custody',
  'handover-due',
  'due-out',
  'released',
  'on-licence',
  'licence-ended',
] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  'not-recorded': 'No sentence recorded',
  'in-custody': 'In custody',
  'handover-due': 'Handover due',
  'due-out': 'Due out within 12 weeks',
  released: 'Released in the last 6 weeks',
  'on-licence': 'On licence',
  'licence-ended': 'Licence ended',
}

export interface CaseDates {
  hasEpisode: boolean
  releaseDate: IsoDate | null
  earliestReleaseDate: IsoDate | null
  licenceExpiryDate: IsoDate | null
  handoverDate: IsoDate | null
  comAllocationOverdueFrom: IsoDate | null
  hasCom: boolean
}

/** The stage on `today`: the same rule as the caseload query's SQL, which filters and sorts by it. */
export function stageOf(c: CaseDates, today: IsoDate): Stage {
  if (!c.hasEpisode) return 'not-recorded'
  if (c.releaseDate) {
    if (daysBetween(c.releaseDate, today) < STAGE_POLICY.recentlyReleasedDays) return 'released'
    return c.licenceExpiryDate && c.licenceExpiryDate < today ? 'licence-ended' : 'on-licence'
  }
  if (c.earliestReleaseDate && c.earliestReleaseDate <= addDays(today, STAGE_POLICY.releaseSoonDays)) return 'due-out'
  if (c.handoverDate && c.handoverDate <= addDays(today, STAGE_POLICY.handoverSoonDays)) return 'handover-due'
  return 'in-custody'
}

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
