/**
 * Several convictions: `shared/rules/disclosure.md` section 6, ROA s.6(4), s.6(5) and s.1(1)(b). Pure.
 *
 * A conviction during the rehabilitation period of another keeps both unspent until the later one ends.
 * Only participating disposals (`core`) link convictions; order tails such as a driving ban do not.
 *
 * The answer is the Act's, as section 6's correction states it, and no order of entry can change it. The
 * Ministry of Justice checker's own steps (1 to 9, `multiple_offenses_calculator.rb`) run beside it: when they
 * give every conviction the same answer, as in every published scenario, their account of which conviction
 * extended which is kept, so that explanations read as they always have. When they do not, the checker's answer
 * is handed on, so that the explanation can say why Resettle's differs.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { isDate, rank, type ConvictionSpent } from './spent-value.ts'

export type DragConviction = {
  date: IsoDate
  /** The conviction on its own, all disposals (`Proceedings#spent_date`). */
  full: ConvictionSpent
  /** The same over participating disposals only; null when it has none (`spent_date_without_relevant_orders`). */
  core: ConvictionSpent | null
}

export type DragResult = {
  spent: ConvictionSpent
  /**
   * Index (in the list given) of the conviction whose period this one was extended to, last of all, or of the
   * never-spent conviction that made it never spent.
   */
  extendedBy: number | null
  /**
   * When the answer rests on a chain of linked convictions (s.6(4)) rather than on one conviction alone: the
   * others in the chain, and the day before which none of them is spent.
   */
  linked?: { with: number[]; until: IsoDate }
  /** What the checker's steps give, in the order given, only when that is not the Act's answer. */
  checkerGives?: ConvictionSpent
}

/** Convictions only, in any order: each answer is the same whatever the order, only the account of it may not be. */
export function dragThrough(convictions: readonly DragConviction[]): DragResult[] {
  const checker = checkerSteps(convictions)
  const act = underTheAct(convictions)
  if (act.every((result, i) => result.spent === checker[i]?.spent)) return checker
  return act.map((result, i) => {
    const theirs = checker[i]?.spent ?? result.spent
    return theirs === result.spent ? result : { ...result, checkerGives: theirs }
  })
}

/** Steps 1 to 9, the checker's algorithm: the order given matters, as on the checker's results page. */
function checkerSteps(convictions: readonly DragConviction[]): DragResult[] {
  const byDate = inDateOrder(convictions, () => true)
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

/** Convictions linked with one another by s.6(4), all sharing one object. */
type Group = { members: number[]; end: IsoDate; holder: number }

/**
 * The correction, steps 1 to 4. Links are worked out before anything is made never spent, so that a conviction
 * made never spent still carries its chain on (the checker's step 7 lets it break the chain). A never-spent
 * sentence has no rehabilitation period, so its own conviction extends nothing after it.
 */
function underTheAct(convictions: readonly DragConviction[]): DragResult[] {
  const groups = linkingGroups(convictions)
  const neverSpent = inDateOrder(convictions, c => c.core === 'never')
  return convictions.map(({ date, full, core }, i): DragResult => {
    const own: DragResult = { spent: full, extendedBy: null }
    if (core === null || full === 'never') return own
    const group = groups.get(i)
    const chain = group && group.members.length > 1 ? { linked: { with: othersIn(group, i), until: group.end } } : {}
    // 2. Convicted, during the (extended) period, of an offence whose sentence is never spent: s.1(1)(b).
    const never = neverSpent.find(x => inside(convictions[x]?.date, date, group?.end ?? core))
    if (never !== undefined) {
      // Inside this conviction's own period, the never-spent one explains it alone; further on, the chain does.
      const alone = inside(convictions[never]?.date, date, core)
      return { spent: 'never', extendedBy: never, ...(alone ? {} : chain) }
    }
    // 3. The later of its own answer and the end of its chain.
    if (group && rank(group.end) > rank(full)) return { spent: group.end, extendedBy: group.holder, ...chain }
    return own
  })
}

const othersIn = (group: Group, i: number) => group.members.filter(m => m !== i)

/**
 * Step 1: convictions whose participating period ends on a date, in date order, each joining the chain before it
 * when it comes on or before the latest day that chain's periods reach (inclusive, as the checker is).
 */
function linkingGroups(convictions: readonly DragConviction[]): Map<number, Group> {
  const groups = new Map<number, Group>()
  let current: Group | null = null
  for (const i of inDateOrder(convictions, c => c.core !== null && isDate(c.core))) {
    const { date, core } = convictions[i] as DragConviction & { core: IsoDate }
    if (!current || date > current.end) current = { members: [], end: core, holder: i }
    current.members.push(i)
    if (core > current.end) {
      current.end = core
      current.holder = i
    }
    groups.set(i, current)
  }
  return groups
}

const inside = (date: IsoDate | undefined, from: IsoDate, to: ConvictionSpent) =>
  date !== undefined && from <= date && rank(date) <= rank(to)

/** Indexes of the convictions that `keep`, by date, and in the order given on the same date. */
function inDateOrder(convictions: readonly DragConviction[], keep: (c: DragConviction) => boolean): number[] {
  return convictions
    .flatMap((c, i) => (keep(c) ? [i] : []))
    .sort((a, b) => {
      const dateA = convictions[a]?.date ?? ''
      const dateB = convictions[b]?.date ?? ''
      return dateA < dateB ? -1 : dateA > dateB ? 1 : a - b
    })
}
