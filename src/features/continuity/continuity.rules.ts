import { addWeeks, type IsoDate } from '../../platform/dates/calendar-date.ts'
import {
  CHANGES_BEFORE_WARNING,
  comChanges,
  comEvents,
  comOn,
  type AllocationEvent,
} from '../../platform/case/allocation-history.rules.ts'

/**
 * Continuity of the named community offender manager (COM), from allocation histories with no I/O (changes of COM
 * are counted by the people feature's allocation rules).
 *
 * A person **keeps the same COM** through release if the same COM was allocated on the day 12 weeks before release
 * and stays allocated, with no other COM and no gap, until the day 12 weeks after it. Only releases whose 12 weeks
 * after have passed are measured; someone with no COM 12 weeks before release is measured and did not keep one.
 */
export const CONTINUITY_WINDOW_WEEKS = 12

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
