/**
 * Several convictions: `shared/rules/disclosure.md` section 6, the exact algorithm that reproduces the Ministry
 * of Justice checker (`multiple_offenses_calculator.rb`), ROA s.6(4), s.6(5) and s.1(1)(b). Pure.
 *
 * A conviction during the rehabilitation period of another keeps both unspent until the later one ends.
 * Only participating disposals (`core`) link convictions; order tails such as a driving ban do not.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { rank, type ConvictionSpent } from './spent-value.ts'

export type DragConviction = {
  date: IsoDate
  /** The conviction on its own, all disposals (`Proceedings#spent_date`). */
  full: ConvictionSpent
  /** The same over participating disposals only; null when it has none (`spent_date_without_relevant_orders`). */
  core: ConvictionSpent | null
}

export type DragResult = {
  spent: ConvictionSpent
  /** Index (in the list given) of the conviction whose period this one was extended to, last of all. */
  extendedBy: number | null
}

/** Convictions only, in the order the records were given: the order matters, as on the checker's results page. */
export function dragThrough(convictions: readonly DragConviction[]): DragResult[] {
  const byDate = convictions.map((_, i) => i).sort((a, b) => compareDates(convictions, a, b))
  // The checker's `dates_memory`: a conviction already extended lends its extended date to those after it.
  const extended = new Map<number, ConvictionSpent>()
  return convictions.map((conviction, p) => {
    let result: DragResult = { spent: conviction.full, extendedBy: null }
    for (const c of byDate) {
      if (c === p) continue
      const other = convictions[c]
      if (!other) continue
      const otherSpent = extended.get(c) ?? other.core
      const spent = extendTo(conviction, result.spent, other.date, otherSpent)
      if (spent === null) continue
      result = { spent, extendedBy: c }
      extended.set(p, spent)
    }
    return result
  })
}

/** Steps 3 to 9 for conviction P against one other conviction C: the new spent value, or null to skip. */
function extendTo(
  p: DragConviction,
  spent: ConvictionSpent,
  otherDate: IsoDate,
  other: ConvictionSpent | null,
): ConvictionSpent | null {
  // 3. An order-only conviction neither drags nor is dragged.
  if (other === null || p.core === null) return null
  // 4. Until P has been extended, it is P's own participating period that must fall inside C's.
  const probe = spent === p.full ? p.core : spent
  // 5. Inclusive at both ends: a conviction on the very day P would be spent still extends it.
  if (!(rank(otherDate) <= rank(probe) && rank(probe) <= rank(other))) return null
  // 6. An order until further order never extends another conviction.
  if (other === 'indefinite') return null
  // 7. A never-spent conviction extends only convictions before it (s.1(1)(b)).
  if (other === 'never' && p.date > otherDate) return null
  // 8. Nothing to do when P already runs at least as long as both.
  if (rank(spent) >= rank(p.core) && rank(spent) >= rank(other)) return null
  return other
}

function compareDates(convictions: readonly DragConviction[], a: number, b: number): number {
  const dateA = convictions[a]?.date ?? ''
  const dateB = convictions[b]?.date ?? ''
  return dateA < dateB ? -1 : dateA > dateB ? 1 : a - b
}
