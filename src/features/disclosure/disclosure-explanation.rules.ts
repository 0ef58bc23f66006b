/**
 * The plain-words reason for each record's answer. No pronouns, so that it reads the same for the person, the
 * practitioner and the public checker. Pure.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { longDate } from './disclosure-dates.ts'
import { capitalise, type RecordKind } from './disposal-types.ts'
import type { SpentValue } from './spent-value.ts'

export type ExplanationFacts = {
  kind: RecordKind
  date: IsoDate
  age: number
  youth: boolean
  disposalExplanations: readonly string[]
  /** The record on its own, before drag-through. */
  ownSpent: SpentValue
  spent: SpentValue
  extendedBy: { date: IsoDate; itselfExtendedBy: IsoDate | null } | null
}

export function explainRecord(facts: ExplanationFacts): string {
  return [
    opening(facts),
    ...facts.disposalExplanations,
    ...longestWins(facts),
    ...extension(facts),
    conclusion(facts.kind, facts.spent),
  ].join(' ')
}

function opening({ kind, date, age, youth }: ExplanationFacts): string {
  const what = kind === 'conviction' ? `Conviction on ${longDate(date)}` : `Caution given on ${longDate(date)}`
  const periods =
    kind === 'conviction' ? (youth ? ', so the shorter periods for under 18s apply' : ', so adult periods apply') : ''
  return `${what}, at age ${age}: ${youth ? 'under 18' : '18 or over'}${periods}.`
}

function longestWins({ disposalExplanations, ownSpent, spent }: ExplanationFacts): string[] {
  if (disposalExplanations.length < 2) return []
  const own = describe(ownSpent)
  return [`The longest period counts${ownSpent === spent ? '' : `: on its own, this conviction ${own}`}.`]
}

function extension({ date, spent, extendedBy }: ExplanationFacts): string[] {
  if (!extendedBy) return []
  const other = `the conviction of ${longDate(extendedBy.date)}`
  const through = extendedBy.itselfExtendedBy
    ? ` (itself extended by the conviction of ${longDate(extendedBy.itselfExtendedBy)})`
    : ''
  if (spent === 'never') {
    return [
      `${capitalise(other)}${through} came during this conviction's rehabilitation period and is never spent, so this one is never spent either.`,
    ]
  }
  const until = `so both stay unspent until ${longDate(String(spent))}`
  return extendedBy.date > date
    ? [`${capitalise(other)}${through} came during this conviction's rehabilitation period, ${until}.`]
    : [`This conviction came during the rehabilitation period of ${other}${through}, ${until}.`]
}

function conclusion(kind: RecordKind, spent: SpentValue): string {
  const record = kind === 'conviction' ? 'this conviction' : 'this caution'
  if (spent === 'immediately') return `So ${record} was spent on the day it was given.`
  if (spent === 'never') return `So ${record} is never spent.`
  if (spent === 'indefinite') return `So ${record} is not spent, and no date can be given yet.`
  return `So ${record} is spent on ${longDate(spent)}.`
}

function describe(spent: SpentValue): string {
  if (spent === 'immediately') return 'was spent on the day it was given'
  if (spent === 'never') return 'would never be spent'
  if (spent === 'indefinite') return 'would have no date yet'
  return `would be spent on ${longDate(spent)}`
}
