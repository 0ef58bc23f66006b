import { addWeeks, type IsoDate } from '../../platform/dates/calendar-date.ts'

/**
 * Continuity of the named community offender manager (COM), counted from allocation histories with no I/O.
 *
 * - A **change of COM** is an allocation naming a COM other than the last one named. Taking a COM off
 *   (allocating nobody) is not a change; A, then nobody, then B is one change; A, nobody, A is none. Across
 *   the sentence means allocations on or after the sentence start date, the COM in place that day being the
 *   first one.
 * - A person **keeps the same COM** through release if the same COM was allocated on the day 12 weeks
 *   before release and stays allocated, with no other COM and no gap, until the day 12 weeks after it. Only
 *   releases whose 12 weeks after have passed are measured; someone with no COM 12 weeks before release is
 *   measured and did not keep one.
 */
export const REASONS = ['staff-left', 'workload', 'risk-escalation', 'person-asked', 'moved-area', 'other'] as const
export type Reason = (typeof REASONS)[number]

export const CONTINUITY_WINDOW_WEEKS = 12
/** The manager is warned before a change past this many. */
export const CHANGES_BEFORE_WARNING = 2

export interface AllocationEvent {
  kind: 'pom' | 'com'
  staffId: string | null
  /** The calendar day of the allocation (in London). Events come in the order they were made. */
  on: IsoDate
}

function comEvents(history: readonly AllocationEvent[]) {
  return history.filter(e => e.kind === 'com')
}

/** The COM allocated at the end of the day given, or null. */
export function comOn(history: readonly AllocationEvent[], day: IsoDate): string | null {
  let current: string | null = null
  for (const event of comEvents(history)) if (event.on <= day) current = event.staffId
  return current
}

/** Changes of COM since `from` (the sentence start), or across the whole history without it. */
export function comChanges(history: readonly AllocationEvent[], from?: IsoDate | null): number {
  let last = from ? comOn(history, from) : null
  let changes = 0
  for (const event of comEvents(history)) {
    if ((from && event.on <= from) || event.staffId === null) continue
    if (last !== null && event.staffId !== last) changes += 1
    last = event.staffId
  }
  return changes
}

/** Whether a manager about to change the COM should be warned: this would be past the second change. */
export function continuityWarning(changesSoFar: number): boolean {
  return changesSoFar >= CHANGES_BEFORE_WARNING
}

export type KeptSameCom = 'kept' | 'not-kept' | 'not-yet-measurable'

export function keptSameCom(history: readonly AllocationEvent[], releaseDate: IsoDate, today: IsoDate): KeptSameCom {
  const start = addWeeks(releaseDate, -CONTINUITY_WINDOW_WEEKS)
  const end = addWeeks(releaseDate, CONTINUITY_WINDOW_WEEKS)
  if (end > today) return 'not-yet-measurable'
  const first = comOn(history, start)
  if (first === null) return 'not-kept'
  const inWindow = comEvents(history).filter(e => e.on > start && e.on <= end)
  return inWindow.every(e => e.staffId === first) ? 'kept' : 'not-kept'
}

export interface ContinuityCase {
  history: readonly AllocationEvent[]
  sentenceStartDate: IsoDate | null
  releaseDate: IsoDate | null
}

export interface ContinuityMeasures {
  people: number
  comChanges: number
  /** People whose COM changed more than twice across the sentence. */
  peopleOverTwoChanges: number
  /** Released people whose 12 weeks after release have passed. */
  measured: number
  kept: number
  /** kept / measured, or null when nobody is measured yet. */
  keptShare: number | null
}

export function continuityMeasures(cases: readonly ContinuityCase[], today: IsoDate): ContinuityMeasures {
  let changes = 0
  let overTwo = 0
  let measured = 0
  let kept = 0
  for (const c of cases) {
    const n = comChanges(c.history, c.sentenceStartDate)
    changes += n
    if (n > CHANGES_BEFORE_WARNING) overTwo += 1
    const outcome = c.releaseDate ? keptSameCom(c.history, c.releaseDate, today) : 'not-yet-measurable'
    if (outcome !== 'not-yet-measurable') measured += 1
    if (outcome === 'kept') kept += 1
  }
  return {
    people: cases.length,
    comChanges: changes,
    peopleOverTwoChanges: overTwo,
    measured,
    kept,
    keptShare: measured ? kept / measured : null,
  }
}

export interface ReallocationDetails {
  reasonCode?: Reason
  reasonOther?: string
  handoverNote?: string
}

/** A reallocation (someone was allocated before) says why and what the new practitioner must be told. */
export function reallocationProblems(details: ReallocationDetails): { field: string; message: string }[] {
  const problems = []
  if (!details.reasonCode) problems.push({ field: 'reasonCode', message: 'Select the reason for the change' })
  if (details.reasonCode === 'other' && !details.reasonOther)
    problems.push({ field: 'reasonOther', message: 'Enter the reason for the change' })
  if (!details.handoverNote)
    problems.push({ field: 'handoverNote', message: 'Enter a handover note for the new practitioner' })
  return problems
}
