/**
 * The outcome measures (DOMAIN.md, "Outcome measures (as HMPPS counts them)"), each a pure function from one
 * release's record to whether it counts, and if so whether it met the measure; then the tally by group, the 95 %
 * Wilson interval, the gap between a group and the rest, and suppression of small numbers. No I/O, no clock.
 *
 * The unit is a release: a person released twice counts twice. A record says what was recorded; `today` decides
 * what is due. A follow-up not yet due leaves the release out of that measure's denominator, and so does one that
 * fell due after the licence ended: the person was no longer supervised, so nobody could ask.
 */
import { addMonths, addWeeks, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { HOUSED_CATEGORIES, type AccommodationCategory } from '../../platform/case/accommodation.ts'
import { CONTINUITY_WINDOW_WEEKS } from '../continuity/index.ts'
import { followUpDueDate, type EmploymentStatus } from '../release/index.ts'

export interface ReleaseRecord {
  releaseDate: IsoDate
  firstNight: AccommodationCategory
  /** The answers of the follow-ups; null when not answered (yet). */
  accommodation3Months: AccommodationCategory | null
  employment6Weeks: EmploymentStatus | null
  employment6Months: EmploymentStatus | null
  /** Screening had found a drugs and alcohol or health need when the release was recorded. */
  treatmentNeed: boolean
  /** The day community treatment started, if it did. */
  treatmentStartDate: IsoDate | null
  /** At least one identity document held (the readiness item met) for this custody episode. */
  idHeld: boolean
  bankAccount: boolean
  /** The COM allocated at the end of the day 12 weeks before release, or null. */
  comAtWindowStart: string | null
  /** Whether any allocation of a COM (or taking one off) named anyone else in the 12 weeks either side of release. */
  otherComInWindow: boolean
  /** The earliest breach on or after release that a manager decided to recall on (fixed-term or standard). */
  recallBreachDate: IsoDate | null
  /** The licence expiry date of the custody episode released from: supervision ends that day. Null if not known. */
  licenceEndDate: IsoDate | null
}

export type Count = 'met' | 'not-met' | 'excluded'

export const MEASURE_KEYS = [
  'housed-on-release',
  'settled-3-months',
  'employed-6-weeks',
  'employed-6-months',
  'treatment-3-weeks',
  'released-with-id',
  'released-with-bank-account',
  'same-com',
  'recalled-6-months',
] as const
export type MeasureKey = (typeof MEASURE_KEYS)[number]

export interface Measure {
  key: MeasureKey
  label: string
  definition: string
  denominator: string
  /** Measures with the same family have the same denominator for every group: they are suppressed together. */
  family: string
  /** The national level to compare with (DOMAIN.md), with its period; null where there is none. */
  national: { percent: number; period: string } | null
  /** Whether a higher rate is better (a gap below the rest is the one to act on). */
  higherIsBetter: boolean
  count(record: ReleaseRecord, today: IsoDate): Count
}

const due = (date: IsoDate, today: IsoDate) => date <= today
const yesNo = (met: boolean): Count => (met ? 'met' : 'not-met')
/** Whether the person was still supervised on `date` (on licence that day, or with no end recorded). */
const supervisedOn = (r: ReleaseRecord, date: IsoDate) => r.licenceEndDate === null || r.licenceEndDate >= date

/** In employment: DOMAIN.md counts employment; people unavailable for work and unknown status are excluded. */
function employed(r: ReleaseRecord, status: EmploymentStatus | null, dueDate: IsoDate, today: IsoDate): Count {
  if (
    !due(dueDate, today) ||
    !supervisedOn(r, dueDate) ||
    status === null ||
    status === 'unknown' ||
    status === 'unavailable'
  )
    return 'excluded'
  return yesNo(status === 'employed')
}

export const MEASURES: readonly Measure[] = [
  {
    key: 'housed-on-release',
    label: 'Housed on the first night',
    definition:
      'Accommodation on the first night after release is settled or temporary (bail or probation accommodation, other unsettled). Rough sleeping and other homelessness (shelters, emergency hostels) are not housed.',
    denominator: 'Each release (a person released twice counts twice); unknown accommodation excluded.',
    family: 'first-night',
    national: { percent: 84.0, period: '2024/25' },
    higherIsBetter: true,
    count: r => (r.firstNight === 'unknown' ? 'excluded' : yesNo(HOUSED_CATEGORIES.includes(r.firstNight))),
  },
  {
    key: 'settled-3-months',
    label: 'Settled accommodation at 3 months',
    definition: 'Permanent (settled) housing 3 months after release.',
    denominator:
      'Each release whose 3 months have passed while on licence; unknown accommodation excluded, and so is a follow-up not recorded.',
    family: 'accommodation-3-months',
    national: null,
    higherIsBetter: true,
    count: (r, today) => {
      const answer = r.accommodation3Months
      const dueDate = followUpDueDate('accommodation-3-months', r.releaseDate)
      if (!due(dueDate, today) || !supervisedOn(r, dueDate)) return 'excluded'
      if (answer === null || answer === 'unknown') return 'excluded'
      return yesNo(answer === 'settled')
    },
  },
  {
    key: 'employed-6-weeks',
    label: 'In employment at 6 weeks',
    definition: 'In employment 6 weeks after release.',
    denominator:
      'Each release whose 6 weeks have passed while on licence; people unavailable for work, unknown status and follow-ups not recorded excluded.',
    family: 'employment-6-weeks',
    national: { percent: 20.1, period: 'May 2024 to March 2025' },
    higherIsBetter: true,
    count: (r, today) => employed(r, r.employment6Weeks, followUpDueDate('employment-6-weeks', r.releaseDate), today),
  },
  {
    key: 'employed-6-months',
    label: 'In employment at 6 months',
    definition: 'In employment 6 months after release.',
    denominator:
      'Each release whose 6 months have passed while on licence; people unavailable for work, unknown status and follow-ups not recorded excluded.',
    family: 'employment-6-months',
    national: { percent: 31.1, period: '2023/24' },
    higherIsBetter: true,
    count: (r, today) => employed(r, r.employment6Months, followUpDueDate('employment-6-months', r.releaseDate), today),
  },
  {
    key: 'treatment-3-weeks',
    label: 'Treatment within 3 weeks',
    definition: 'Starts community substance-misuse treatment within 3 weeks (21 days) of release.',
    denominator:
      'Prison leavers with a treatment need, once treatment has started or the 3 weeks have passed (a follow-up not recorded counts as not started); a licence that ended inside the 3 weeks without treatment is left out.',
    family: 'treatment',
    national: { percent: 53, period: '2023/24' },
    higherIsBetter: true,
    count: (r, today) => {
      if (!r.treatmentNeed) return 'excluded'
      const deadline = addWeeks(r.releaseDate, 3)
      if (r.treatmentStartDate !== null && r.treatmentStartDate <= deadline) return 'met'
      return due(deadline, today) && supervisedOn(r, deadline) ? 'not-met' : 'excluded'
    },
  },
  {
    key: 'released-with-id',
    label: 'Released with ID',
    definition:
      'No official national measure: releases with at least one verified identity document (the release readiness item met).',
    denominator: 'All releases.',
    family: 'all-releases',
    national: null,
    higherIsBetter: true,
    count: r => yesNo(r.idHeld),
  },
  {
    key: 'released-with-bank-account',
    label: 'Released with a bank account',
    definition: 'No official national measure: releases with a bank account (the release readiness item met).',
    denominator: 'All releases.',
    family: 'all-releases',
    national: null,
    higherIsBetter: true,
    count: r => yesNo(r.bankAccount),
  },
  {
    key: 'same-com',
    label: 'Same COM through release',
    definition: `The same community offender manager from ${CONTINUITY_WINDOW_WEEKS} weeks before release to ${CONTINUITY_WINDOW_WEEKS} weeks after, with no other and no gap (the continuity measure).`,
    denominator: `Each release whose ${CONTINUITY_WINDOW_WEEKS} weeks after have passed while on licence; no COM ${CONTINUITY_WINDOW_WEEKS} weeks before release counts as not kept.`,
    family: 'continuity',
    national: null,
    higherIsBetter: true,
    count: (r, today) => {
      const windowEnd = addWeeks(r.releaseDate, CONTINUITY_WINDOW_WEEKS)
      if (!due(windowEnd, today) || !supervisedOn(r, windowEnd)) return 'excluded'
      return yesNo(r.comAtWindowStart !== null && !r.otherComInWindow)
    },
  },
  {
    key: 'recalled-6-months',
    label: 'Recalled within 6 months',
    definition:
      'A manager decided to recall (fixed-term or standard) on a breach within 6 months of release. Lower is better.',
    denominator:
      'Each release whose 6 months have passed, or whose licence ended sooner (nobody is recalled after it ends: the window closes with the licence).',
    family: 'recall',
    national: null,
    higherIsBetter: false,
    count: (r, today) => {
      const sixMonths = addMonths(r.releaseDate, 6)
      const end = supervisedOn(r, sixMonths) ? sixMonths : r.licenceEndDate!
      if (!due(end, today)) return 'excluded'
      return yesNo(r.recallBreachDate !== null && r.recallBreachDate <= end)
    },
  },
]

export const MEASURE_BY_KEY = Object.fromEntries(MEASURES.map(m => [m.key, m])) as Record<MeasureKey, Measure>

export interface Tally {
  numerator: number
  denominator: number
}

/** A measure over records: how many count (the denominator) and how many of them met it. */
export function tally(measure: Measure, records: readonly ReleaseRecord[], today: IsoDate): Tally {
  let numerator = 0
  let denominator = 0
  for (const record of records) {
    const counted = measure.count(record, today)
    if (counted === 'excluded') continue
    denominator += 1
    if (counted === 'met') numerator += 1
  }
  return { numerator, denominator }
}

/** The 95 % Wilson score interval of a proportion, as fractions; null for an empty denominator. */
export function wilson({ numerator, denominator }: Tally, z = 1.959964): { low: number; high: number } | null {
  if (denominator === 0) return null
  const p = numerator / denominator
  const z2 = z * z
  const centre = (p + z2 / (2 * denominator)) / (1 + z2 / denominator)
  const half = (z / (1 + z2 / denominator)) * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator ** 2))
  // At 0 and at every one the bounds are exactly 0 and 1; floating point would miss them by a hair.
  return {
    low: numerator === 0 ? 0 : Math.max(0, centre - half),
    high: numerator === denominator ? 1 : Math.min(1, centre + half),
  }
}

/** The gap, in percentage points, that is highlighted between a group and everyone else in the breakdown. */
export const GAP_THRESHOLD_POINTS = 10

/** Fewer than this many in a group's denominator and its figures are not shown. */
export const SUPPRESS_UNDER = 10

/** The percentage-point gap of a group against the rest (the total less the group), or null when either is empty. */
export function gapAgainstRest(group: Tally, total: Tally): number | null {
  const rest = { numerator: total.numerator - group.numerator, denominator: total.denominator - group.denominator }
  if (group.denominator === 0 || rest.denominator === 0) return null
  return 100 * (group.numerator / group.denominator - rest.numerator / rest.denominator)
}

/**
 * Whether a gap is highlighted: at least the threshold, in the direction that is worse for the group.
 */
export function isWorseGap(gapPoints: number | null, higherIsBetter: boolean): boolean {
  if (gapPoints === null) return false
  return higherIsBetter ? gapPoints <= -GAP_THRESHOLD_POINTS : gapPoints >= GAP_THRESHOLD_POINTS
}
