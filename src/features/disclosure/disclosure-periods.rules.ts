/**
 * The rehabilitation period of one disposal on its own: `shared/rules/disclosure.md` sections 3 to 5 and 8,
 * the rules in force since 28 October 2023, counted as the Ministry of Justice checker counts (section 1).
 * Pure: no I/O, no clock.
 */
import { addMonths, addYears, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { addLength, compareWithMonths, describeLength, longDate, type Length } from './disclosure-dates.ts'
import type { Disposal } from './disclosure.schemas.ts'
import { capitalise, DISPOSALS, type DisposalInfo, type DisposalType } from './disposal-types.ts'
import type { SpentValue } from './spent-value.ts'

export type PeriodLength = { amount: number; unit: 'months' | 'years' }

/** How long after what: `end-of-sentence` runs from the end of the sentence or order, `date` from the record's date. */
export type RehabilitationPeriod = PeriodLength & { from: 'end-of-sentence' | 'date' }

export type DisposalRule =
  | 'custodial-up-to-12-months'
  | 'custodial-over-12-months-up-to-4-years'
  | 'custodial-over-4-years'
  | 'custodial-serious-offence-over-4-years'
  | 'end-of-order'
  | 'order-with-no-end-date'
  | 'order-until-further-order'
  | 'fine'
  | 'compensation-paid'
  | 'compensation-not-paid'
  | 'absolute-discharge'
  | 'motoring-endorsement'
  | 'caution-spent-when-given'
  | 'conditional-caution-conditions-ended'
  | 'conditional-caution-3-months'

export type DisposalOutcome = {
  type: DisposalType
  spent: SpentValue
  rule: DisposalRule
  rehabilitationPeriod: RehabilitationPeriod | null
  /** The last day of the sentence or order, for the disposals whose period runs from its end. */
  sentenceEnds: IsoDate | null
  /** Whether it links its conviction to others in drag-through (section 3, "Participates"). */
  participates: boolean
  explanation: string
}

type CustodialBand = {
  /** Upper bound in average months, inclusive: the checker's `when 0..12` puts exactly 12 in the first band. */
  upToMonths: number
  rule: DisposalRule
  words: string
  adult: PeriodLength
  youth: PeriodLength
}

/** Section 3: the buffer after the end of a custodial sentence, by length of term. */
export const CUSTODIAL_BANDS: readonly CustodialBand[] = [
  {
    upToMonths: 12,
    rule: 'custodial-up-to-12-months',
    words: '12 months or less',
    adult: { amount: 1, unit: 'years' },
    youth: { amount: 6, unit: 'months' },
  },
  {
    upToMonths: 48,
    rule: 'custodial-over-12-months-up-to-4-years',
    words: 'over 12 months and up to 4 years',
    adult: { amount: 4, unit: 'years' },
    youth: { amount: 24, unit: 'months' },
  },
  {
    upToMonths: Number.POSITIVE_INFINITY,
    rule: 'custodial-over-4-years',
    words: 'over 4 years',
    adult: { amount: 7, unit: 'years' },
    youth: { amount: 42, unit: 'months' },
  },
]

/** Section 4: only a term over 4 years for a Schedule 18 offence is excluded; exactly 48 months is not. */
export const SERIOUS_OFFENCE_OVER_MONTHS = 48

/** Section 3: periods counted from the conviction, not from the end of a sentence. */
export const PERIODS_FROM_CONVICTION = {
  fine: { adult: { amount: 12, unit: 'months' }, youth: { amount: 6, unit: 'months' } },
  motoring_endorsement: { adult: { amount: 5, unit: 'years' }, youth: { amount: 30, unit: 'months' } },
} as const satisfies Record<string, { adult: PeriodLength; youth: PeriodLength }>

/** ROA s.5 default for an order with no last day: 24 months from the conviction. */
export const NO_END_DATE_PERIOD: PeriodLength = { amount: 24, unit: 'months' }

/** ROA Schedule 2: a conditional caution is spent 3 months after it is given, or sooner when its conditions end. */
export const CONDITIONAL_CAUTION_PERIOD: PeriodLength = { amount: 3, unit: 'months' }

export function addPeriod(date: IsoDate, { amount, unit }: PeriodLength): IsoDate {
  return unit === 'years' ? addYears(date, amount) : addMonths(date, amount)
}

/** The band a custodial term falls in, by the checker's average months. */
export function custodialBand(length: Length): CustodialBand {
  const band = CUSTODIAL_BANDS.find(({ upToMonths }) => compareWithMonths(length, upToMonths) <= 0)
  if (!band) throw new RangeError('no custodial band')
  return band
}

/**
 * One disposal's answer. `date` is the record's date (conviction or caution, and the start of the sentence);
 * `youth` is whether the person was under 18 on it. Takes a disposal already checked by the schema.
 */
export function disposalOutcome(disposal: Disposal, date: IsoDate, youth: boolean): DisposalOutcome {
  const info = DISPOSALS[disposal.type]
  const base = { type: disposal.type, participates: info.participates }
  switch (info.measure) {
    case 'custodial':
      return { ...base, ...custodial(disposal, info, date, youth) }
    case 'order':
      return { ...base, ...order(disposal, info, date) }
    case 'fixed':
      return { ...base, ...fixed(disposal.type, info, date, youth) }
    case 'compensation':
      return { ...base, ...compensation(disposal.compensationPaidDate) }
    case 'caution':
      return { ...base, ...cautionSpentWhenGiven(info) }
    case 'conditional-caution':
      return { ...base, ...conditionalCaution(info, date, disposal.conditionsMetDate) }
  }
}

type Answer = Omit<DisposalOutcome, 'type' | 'participates'>

function custodial(disposal: Disposal, info: DisposalInfo, date: IsoDate, youth: boolean): Answer {
  const length = disposal.length
  if (!length) throw new RangeError(`${info.label} without a length: parse with disclosureInputSchema`)
  const named = `${capitalise(info.label)} of ${describeLength(length)}`
  if (disposal.seriousOffence && compareWithMonths(length, SERIOUS_OFFENCE_OVER_MONTHS) > 0) {
    return {
      spent: 'never',
      rule: 'custodial-serious-offence-over-4-years',
      rehabilitationPeriod: null,
      sentenceEnds: addLength(date, length),
      explanation: `${named} for a serious offence (Schedule 18). A sentence over 4 years for such an offence is never spent.`,
    }
  }
  const band = custodialBand(length)
  const period = youth ? band.youth : band.adult
  const sentenceEnds = addLength(date, length)
  // Two steps, each clamped on its own: 31 August + 6 months is 28 February, and a year later is 28 February.
  const spent = addPeriod(sentenceEnds, period)
  const term =
    disposal.type === 'suspended_sentence' ? ' (the custodial term counts, not the time it is suspended for)' : ''
  return {
    spent,
    rule: band.rule,
    rehabilitationPeriod: { ...period, from: 'end-of-sentence' },
    sentenceEnds,
    explanation:
      `${named}${term}, ending on ${longDate(sentenceEnds)}. ` +
      `A ${info.label} of ${band.words} is spent ${describeLength(period)} after it ends${underEighteen(youth)}: ` +
      `on ${longDate(spent)}.`,
  }
}

function order(disposal: Disposal, info: DisposalInfo, date: IsoDate): Answer {
  const named = capitalise(info.label)
  const doesNotDrag = info.participates ? '' : ` ${named}s do not extend, and are not extended by, other convictions.`
  if (disposal.untilFurtherOrder) {
    return {
      spent: 'indefinite',
      rule: 'order-until-further-order',
      rehabilitationPeriod: null,
      sentenceEnds: null,
      explanation: `${named} until further order. It is not spent while the order lasts, so no date can be given until a court ends or changes it.${doesNotDrag}`,
    }
  }
  if (disposal.noEndDate) {
    const spent = addPeriod(date, NO_END_DATE_PERIOD)
    return {
      spent,
      rule: 'order-with-no-end-date',
      rehabilitationPeriod: { ...NO_END_DATE_PERIOD, from: 'date' },
      sentenceEnds: null,
      explanation: `${named} with no end date. An order with no end date is spent ${describeLength(NO_END_DATE_PERIOD)} after the conviction: on ${longDate(spent)}.${doesNotDrag}`,
    }
  }
  const sentenceEnds = orderEnd(disposal, info, date)
  const described = disposal.length ? ` of ${describeLength(disposal.length)}` : ''
  return {
    spent: sentenceEnds,
    rule: 'end-of-order',
    rehabilitationPeriod: { amount: 0, unit: 'months', from: 'end-of-sentence' },
    sentenceEnds,
    explanation: `${named}${described}, ending on ${longDate(sentenceEnds)}. It is spent when it ends: on ${longDate(sentenceEnds)}.${doesNotDrag}`,
  }
}

function orderEnd(disposal: Disposal, info: DisposalInfo, date: IsoDate): IsoDate {
  if (disposal.length) return addLength(date, disposal.length)
  if (disposal.endDate) return disposal.endDate
  throw new RangeError(`${info.label} with no length or end date: parse with disclosureInputSchema`)
}

function fixed(type: DisposalType, info: DisposalInfo, date: IsoDate, youth: boolean): Answer {
  if (type === 'absolute_discharge') {
    return {
      spent: date,
      rule: 'absolute-discharge',
      rehabilitationPeriod: { amount: 0, unit: 'months', from: 'date' },
      sentenceEnds: null,
      explanation: `Absolute discharge: spent on the day of the conviction, ${longDate(date)}.`,
    }
  }
  if (type !== 'fine' && type !== 'motoring_endorsement') throw new RangeError(`no fixed period for ${type}`)
  const period = PERIODS_FROM_CONVICTION[type][youth ? 'youth' : 'adult']
  const spent = addPeriod(date, period)
  return {
    spent,
    rule: type === 'fine' ? 'fine' : 'motoring-endorsement',
    rehabilitationPeriod: { ...period, from: 'date' },
    sentenceEnds: null,
    explanation: `${capitalise(info.label)}: spent ${describeLength(period)} after the conviction${underEighteen(youth)}, on ${longDate(spent)}.`,
  }
}

function compensation(paid: IsoDate | null | undefined): Answer {
  if (!paid) {
    return {
      spent: 'indefinite',
      rule: 'compensation-not-paid',
      rehabilitationPeriod: null,
      sentenceEnds: null,
      explanation:
        'Compensation order not yet paid in full. It is spent on the day it is paid in full, so no date can be given yet.',
    }
  }
  return {
    spent: paid,
    rule: 'compensation-paid',
    rehabilitationPeriod: null,
    sentenceEnds: null,
    explanation: `Compensation order paid in full on ${longDate(paid)}: spent on that day.`,
  }
}

function cautionSpentWhenGiven(info: DisposalInfo): Answer {
  return {
    spent: 'immediately',
    rule: 'caution-spent-when-given',
    rehabilitationPeriod: null,
    sentenceEnds: null,
    explanation: `${capitalise(info.label)}: spent on the day it was given.`,
  }
}

/**
 * The checker's rule: the conditions' end date if `distance_in_months` from the caution to it is under 3, else
 * the caution date + 3 months. This is the earlier of the two dates.
 */
function conditionalCaution(info: DisposalInfo, date: IsoDate, conditionsMet: IsoDate | null | undefined): Answer {
  const named = capitalise(info.label)
  const threeMonths = addPeriod(date, CONDITIONAL_CAUTION_PERIOD)
  const base = { rehabilitationPeriod: { ...CONDITIONAL_CAUTION_PERIOD, from: 'date' as const }, sentenceEnds: null }
  if (conditionsMet && distanceInMonths(date, conditionsMet) < CONDITIONAL_CAUTION_PERIOD.amount) {
    return {
      ...base,
      spent: conditionsMet,
      rule: 'conditional-caution-conditions-ended',
      explanation: `${named}: the conditions ended on ${longDate(conditionsMet)}, within 3 months, so it was spent that day.`,
    }
  }
  const when = conditionsMet
    ? 'as the conditions ended later than that'
    : 'or on the day the conditions ended if that was sooner (no date was given for it)'
  return {
    ...base,
    spent: threeMonths,
    rule: 'conditional-caution-3-months',
    explanation: `${named}: spent 3 months after it was given, on ${longDate(threeMonths)}, ${when}.`,
  }
}

/** `base_calculator.rb#distance_in_months`: whole calendar months, less one when the day of the month is earlier. */
export function distanceInMonths(from: IsoDate, to: IsoDate): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number]
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number]
  return (toYear - fromYear) * 12 + toMonth - fromMonth - (toDay >= fromDay ? 0 : 1)
}

const underEighteen = (youth: boolean) => (youth ? ' for someone under 18' : '')
