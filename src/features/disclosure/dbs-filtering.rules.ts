/**
 * Standard and enhanced DBS checks: `shared/rules/disclosure.md` section 9, the filtering rules in force since
 * 28 November 2020. A spent record still shows on these checks until it is filtered ("protected"). Pure.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { longDate } from './disclosure-dates.ts'
import { addPeriod, type PeriodLength } from './disclosure-periods.rules.ts'
import { capitalise, withArticle, type RecordKind } from './disposal-types.ts'
import { isDate, type SpentValue } from './spent-value.ts'

export type FilteringRule =
  | 'listed-offence'
  | 'custodial-sentence'
  | 'never-spent'
  | 'not-known-yet'
  | 'adult-conviction-11-years'
  | 'youth-conviction-5-years-6-months'
  | 'adult-caution-6-years'
  | 'youth-caution'

export type DbsFiltering = {
  /** The first day on which the record no longer shows on standard and enhanced DBS checks. */
  filteredFrom: IsoDate | 'immediately' | 'never' | 'indefinite'
  rule: FilteringRule
  listedOffence: boolean
  explanation: string
}

export const FILTERING_PERIODS = {
  adultConviction: { amount: 11, unit: 'years' },
  youthConviction: { amount: 66, unit: 'months' },
  adultCaution: { amount: 6, unit: 'years' },
} as const satisfies Record<string, PeriodLength>

export type FilteringFacts = {
  kind: RecordKind
  date: IsoDate
  youth: boolean
  /** The record's final answer, after drag-through. */
  spent: SpentValue
  listedOffence: boolean
  /** The label of a custodial disposal given (custodial or suspended sentence, DTO, hospital order), if any. */
  custodialDisposal: string | null
}

const CHECKS = 'standard and enhanced DBS checks'
const POLICE_NOTE = ' An enhanced check can still include information held by local police.'

export function dbsFiltering(facts: FilteringFacts): DbsFiltering {
  const { listedOffence } = facts
  return { ...(facts.kind === 'caution' ? caution(facts) : conviction(facts)), listedOffence }
}

type Answer = Omit<DbsFiltering, 'listedOffence'>

// A youth caution is filtered whatever the offence: the 2020 change took all youth cautions, reprimands and
// warnings out of automatic disclosure. While a youth conditional caution is unspent, it shows, as in the checker.
function caution({ date, youth, spent, listedOffence }: FilteringFacts): Answer {
  if (youth) {
    const filteredFrom = isDate(spent) ? spent : 'immediately'
    const when = filteredFrom === 'immediately' ? '' : ` once it is spent, from ${longDate(filteredFrom)}`
    return {
      filteredFrom,
      rule: 'youth-caution',
      explanation: `A caution given under 18 does not show on standard or enhanced DBS checks${when}.${POLICE_NOTE}`,
    }
  }
  if (listedOffence) return listed('caution')
  const filteredFrom = addPeriod(date, FILTERING_PERIODS.adultCaution)
  return {
    filteredFrom,
    rule: 'adult-caution-6-years',
    explanation: `An adult caution stops showing on ${CHECKS} 6 years after it was given, from ${longDate(filteredFrom)}, unless it is for a listed offence.${POLICE_NOTE}`,
  }
}

function conviction({ date, youth, spent, listedOffence, custodialDisposal }: FilteringFacts): Answer {
  if (listedOffence) return listed('conviction')
  if (custodialDisposal) {
    const given = capitalise(withArticle(custodialDisposal))
    return {
      filteredFrom: 'never',
      rule: 'custodial-sentence',
      explanation: `${given} was given, so this conviction always shows on ${CHECKS}, even once it is spent.`,
    }
  }
  if (spent === 'never') {
    return {
      filteredFrom: 'never',
      rule: 'never-spent',
      explanation: `This conviction is never spent, so it always shows on ${CHECKS}.`,
    }
  }
  if (!isDate(spent)) {
    return {
      filteredFrom: 'indefinite',
      rule: 'not-known-yet',
      explanation: `This conviction shows on ${CHECKS} until it is spent, and no date can be given for that yet.`,
    }
  }
  const period = youth ? FILTERING_PERIODS.youthConviction : FILTERING_PERIODS.adultConviction
  const waited = addPeriod(date, period)
  const filteredFrom = spent > waited ? spent : waited
  const years = youth ? '5 and a half years' : '11 years'
  return {
    filteredFrom,
    rule: youth ? 'youth-conviction-5-years-6-months' : 'adult-conviction-11-years',
    explanation:
      `With no custodial sentence, ${youth ? 'a conviction under 18' : 'an adult conviction'} stops showing on ` +
      `${CHECKS} once it is spent and ${years} have passed since the conviction: from ${longDate(filteredFrom)}, ` +
      `unless it is for a listed offence.${POLICE_NOTE}`,
  }
}

function listed(kind: RecordKind): Answer {
  return {
    filteredFrom: 'never',
    rule: 'listed-offence',
    explanation: `This ${kind} is for a listed offence, so it always shows on ${CHECKS}, even once it is spent.`,
  }
}
