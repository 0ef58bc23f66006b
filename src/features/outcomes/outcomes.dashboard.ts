/**
 * The dashboard's figures for one scope and period: each measure's total, and its breakdown by one characteristic
 * with the interval, the gap against the rest and suppression applied. Pure: the records and today are arguments.
 * A hidden figure is left out (null), never sent: the page, the API and the CSV are all made from this.
 */
import { addDays, addMonths, MONTHS, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { DIMENSIONS, type Dimension, type ReleaseGroups } from './outcomes.groups.ts'
import {
  gapAgainstRest,
  isWorseGap,
  MEASURES,
  wilson,
  type Count,
  type Measure,
  type ReleaseRecord,
  type Tally,
} from './outcomes.rules.ts'
import { suppress } from './outcomes.suppression.ts'

export type DashboardRecord = ReleaseRecord & { groups: ReleaseGroups }

export interface Figure {
  numerator: number
  denominator: number
  percent: number
  low: number
  high: number
}

export interface GroupFigure {
  value: string
  label: string
  figure: Figure | null
  /** Percentage points against everyone else in the breakdown. */
  gap: number | null
  highlighted: boolean
}

export interface MeasureBreakdown {
  key: Measure['key']
  label: string
  definition: string
  denominator: string
  national: Measure['national']
  higherIsBetter: boolean
  total: Figure | null
  groups: GroupFigure[]
}

const round1 = (x: number) => Math.round(x * 10) / 10

function figureOf(t: Tally): Figure {
  const ci = wilson(t)!
  return {
    numerator: t.numerator,
    denominator: t.denominator,
    percent: round1((100 * t.numerator) / t.denominator),
    low: round1(100 * ci.low),
    high: round1(100 * ci.high),
  }
}

/** Each record's count in each measure (in the order of MEASURES): worked out once for every breakdown. */
export function classify(records: readonly DashboardRecord[], today: IsoDate): Count[][] {
  return records.map(r => MEASURES.map(m => m.count(r, today)))
}

function add(t: Tally, counted: Count) {
  if (counted === 'excluded') return
  t.denominator += 1
  if (counted === 'met') t.numerator += 1
}

/** Every measure broken down by one characteristic; `counted` is `classify(records, today)`, given when at hand. */
export function breakdown(
  records: readonly DashboardRecord[],
  dimension: Dimension,
  today: IsoDate,
  counted: Count[][] = classify(records, today),
) {
  const index = new Map(dimension.groups.map((g, i) => [g.value, i]))
  const empty = () => ({ numerator: 0, denominator: 0 })
  const totalsList = MEASURES.map(empty)
  const cellsList = MEASURES.map(() => dimension.groups.map(empty))
  records.forEach((r, i) => {
    const g = index.get(dimension.groupOf(r.groups)) ?? index.size - 1
    counted[i]!.forEach((c, m) => {
      add(totalsList[m]!, c)
      add(cellsList[m]![g]!, c)
    })
  })
  const totals = Object.fromEntries(MEASURES.map((m, i) => [m.key, totalsList[i]!]))
  const cells = Object.fromEntries(MEASURES.map((m, i) => [m.key, cellsList[i]!]))
  const { hiddenMeasures, hiddenGroups } = suppress({
    measures: MEASURES,
    totals,
    cells,
    groups: dimension.groups.length,
  })
  return MEASURES.map((m): MeasureBreakdown => {
    const total = totals[m.key]!
    const hidden = hiddenGroups.get(m.key) ?? new Set()
    return {
      key: m.key,
      label: m.label,
      definition: m.definition,
      denominator: m.denominator,
      national: m.national,
      higherIsBetter: m.higherIsBetter,
      total: hiddenMeasures.has(m.key) ? null : figureOf(total),
      groups: dimension.groups.map((g, i) => {
        if (hidden.has(i)) return { ...g, figure: null, gap: null, highlighted: false }
        const cell = cells[m.key]![i]!
        const gap = gapAgainstRest(cell, total)
        return {
          ...g,
          figure: figureOf(cell),
          gap: gap === null ? null : round1(gap),
          highlighted: isWorseGap(gap, m.higherIsBetter),
        }
      }),
    }
  })
}

/** Every breakdown, for the CSV. */
export function allBreakdowns(records: readonly DashboardRecord[], today: IsoDate) {
  const counted = classify(records, today)
  return DIMENSIONS.map(d => ({ dimension: d, measures: breakdown(records, d, today, counted) }))
}

/** A calendar quarter, `2026-Q3`: July to September 2026. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`

export function quarterOf(date: IsoDate): Quarter {
  const [year, month] = date.split('-').map(Number) as [number, number]
  return `${year}-Q${Math.ceil(month / 3) as 1 | 2 | 3 | 4}`
}

export function quarterRange(quarter: Quarter): { from: IsoDate; to: IsoDate } {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number]
  const from = `${year}-${String(3 * q - 2).padStart(2, '0')}-01`
  return { from, to: addDays(addMonths(from, 3), -1) }
}

export function quarterLabel(quarter: Quarter): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number]
  return `${MONTHS[3 * q - 3]} to ${MONTHS[3 * q - 1]} ${year}`
}

/** The last `count` complete quarters before today's, latest first. */
export function recentQuarters(today: IsoDate, count = 8): Quarter[] {
  const quarters: Quarter[] = []
  let day = addDays(quarterRange(quarterOf(today)).from, -1)
  for (let i = 0; i < count; i += 1) {
    const q = quarterOf(day)
    quarters.push(q)
    day = addDays(quarterRange(q).from, -1)
  }
  return quarters
}
