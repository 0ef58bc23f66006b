import type { IsoDate } from '../dates/calendar-date.ts'

/**
 * Changes of the named community offender manager (COM), counted from allocation histories with no I/O: the
 * allocation form warns from them, the continuity measures count them.
 *
 * A **change of COM** is an allocation naming a COM other than the last one named. Taking a COM off (allocating
 * nobody) is not a change; A, then nobody, then B is one change; A, nobody, A is none. Across the sentence means
 * allocations on or after the sentence start date, the COM in place that day being the first one.
 */

/** The manager is warned before a change past this many. */
export const CHANGES_BEFORE_WARNING = 2

export interface AllocationEvent {
  kind: 'pom' | 'com'
  staffId: string | null
  /** The calendar day of the allocation (in London). Events come in the order they were made. */
  on: IsoDate
}

export function comEvents(history: readonly AllocationEvent[]) {
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
