/**
 * Allocation advice: the order in which a manager allocating a case sees the practitioners who could take it.
 * Pure: no I/O. The rules, in order (each decides only between candidates the ones before it leave equal):
 *
 * 1. A practitioner with a conflict (an exclusion on the person, or a restriction list that does not name them)
 *    cannot take the case: they are listed last and cannot be chosen.
 * 2. Continuity first: a practitioner who supervised the person before comes before one who has not, unless
 *    taking the case would put them above 110% capacity.
 * 3. Room for the case: at most 100% capacity after taking it comes before above 100%; a practitioner with no
 *    hours recorded (capacity unknown) comes after both.
 * 4. At most 50 cases after taking it comes before more than 50.
 * 5. Lower capacity after taking the case first.
 * 6. Fewer releases in the next 7 days and handovers due first (the busy weeks of the work).
 * 7. By name, so that the order is the same every time.
 */
import { EXCESSIVE } from './capacity.rules.ts'

export const ADVICE_RULES = {
  /** Continuity gives way above this capacity after the case. */
  continuityCeilingPercent: EXCESSIVE.capacityPercent,
  roomPercent: 100,
  maxCases: EXCESSIVE.cases,
} as const

export interface Candidate {
  staffId: string
  name: string
  capacityAfter: number | null
  casesAfter: number
  releasesSoon: number
  handoversDue: number
  supervisedBefore: boolean
  conflict: boolean
}

export interface Ranked<C extends Candidate> {
  candidate: C
  rank: number
  /** The rule that put them where they are, in words, for the page. */
  why: string
}

const continuity = (c: Candidate) =>
  c.supervisedBefore && c.capacityAfter !== null && c.capacityAfter <= ADVICE_RULES.continuityCeilingPercent
const room = (c: Candidate) => (c.capacityAfter === null ? 2 : c.capacityAfter <= ADVICE_RULES.roomPercent ? 0 : 1)

/** The keys compared in turn: lower comes first. */
function keys(c: Candidate): (number | string)[] {
  return [
    c.conflict ? 1 : 0,
    continuity(c) ? 0 : 1,
    room(c),
    c.casesAfter <= ADVICE_RULES.maxCases ? 0 : 1,
    c.capacityAfter ?? Number.POSITIVE_INFINITY,
    c.releasesSoon + c.handoversDue,
    c.name.toLowerCase(),
    c.staffId,
  ]
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  const ka = keys(a)
  const kb = keys(b)
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1
    if (ka[i]! > kb[i]!) return 1
  }
  return 0
}

export function whyOf(c: Candidate): string {
  if (c.conflict) return 'Cannot take this case: they are barred from the record'
  if (continuity(c)) return 'Supervised this person before'
  if (c.capacityAfter === null) return 'No contracted hours recorded, so their capacity is not known'
  if (c.capacityAfter > ADVICE_RULES.roomPercent) return 'Would be over capacity'
  if (c.casesAfter > ADVICE_RULES.maxCases) return `Would hold more than ${ADVICE_RULES.maxCases} cases`
  return 'Has room for this case'
}

/** The candidates in the order of the rules, ranked from 1. */
export function rankCandidates<C extends Candidate>(candidates: readonly C[]): Ranked<C>[] {
  return [...candidates]
    .sort(compareCandidates)
    .map((candidate, i) => ({ candidate, rank: i + 1, why: whyOf(candidate) }))
}
