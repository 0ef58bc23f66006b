/**
 * Suppression of small numbers in one breakdown (the groups of one characteristic, whose cells add up to the
 * total). The rule, for each family of measures that share a denominator:
 *
 * 1. A measure whose total has fewer than 10 in its denominator, or in which everyone or no one met it, is hidden
 *    whole (its total and every group): its groups' figures would follow from it.
 * 2. Primary: a group with fewer than 10 in a denominator (0 included) is hidden.
 * 3. Secondary: the hidden groups of a breakdown must not be worked out from the total less the groups shown. So
 *    there must be none, or at least two whose combined denominator is not everyone met or no one met (for every
 *    measure of the family); until there are, the smallest group still shown is hidden too.
 *
 * Measures of one family (released with ID, with a bank account: all releases) hide the same groups, so that a
 * denominator shown in one cannot be used to take a hidden one apart in the other.
 */
import { SUPPRESS_UNDER, type Measure, type MeasureKey, type Tally } from './outcomes.rules.ts'

export interface BreakdownInput {
  measures: readonly Measure[]
  /** The total of each measure over the whole scope. */
  totals: Readonly<Record<string, Tally>>
  /** Each group's tally of each measure, in the order of the groups. */
  cells: Readonly<Record<string, readonly Tally[]>>
  groups: number
}

export interface Suppression {
  /** Measures hidden whole. */
  hiddenMeasures: Set<MeasureKey>
  /** For each measure, the indexes of the hidden groups. */
  hiddenGroups: Map<MeasureKey, Set<number>>
}

/** Whether a total can be shown: enough people, and not everyone nor no one met it. */
export function totalShowable({ numerator, denominator }: Tally): boolean {
  return denominator >= SUPPRESS_UNDER && numerator > 0 && numerator < denominator
}

export function suppress({ measures, totals, cells, groups }: BreakdownInput): Suppression {
  const hiddenMeasures = new Set<MeasureKey>()
  const hiddenGroups = new Map<MeasureKey, Set<number>>()
  const all = new Set(Array.from({ length: groups }, (_, i) => i))
  for (const m of measures) if (!totalShowable(totals[m.key]!)) hiddenMeasures.add(m.key)

  const families = new Map<string, Measure[]>()
  for (const m of measures)
    if (!hiddenMeasures.has(m.key)) families.set(m.family, [...(families.get(m.family) ?? []), m])

  for (const family of families.values()) {
    const size = (g: number) => Math.min(...family.map(m => cells[m.key]![g]!.denominator))
    const hidden = new Set([...all].filter(g => family.some(m => cells[m.key]![g]!.denominator < SUPPRESS_UNDER)))
    const safe = () =>
      hidden.size === 0 ||
      (hidden.size >= 2 &&
        family.every(m => {
          let n = 0
          let d = 0
          for (const g of hidden) {
            n += cells[m.key]![g]!.numerator
            d += cells[m.key]![g]!.denominator
          }
          return n > 0 && n < d
        }))
    while (!safe()) {
      const shown = [...all].filter(g => !hidden.has(g)).sort((a, b) => size(a) - size(b) || a - b)
      if (!shown.length) break
      hidden.add(shown[0]!)
    }
    for (const m of family) hiddenGroups.set(m.key, new Set(hidden))
  }
  for (const key of hiddenMeasures) hiddenGroups.set(key, new Set(all))
  return { hiddenMeasures, hiddenGroups }
}
