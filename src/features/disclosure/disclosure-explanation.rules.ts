/**
 * The plain-words reason for each record's answer. No pronouns, so that it reads the same for the person, the
 * practitioner and the public checker. Pure.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { longDate } from './disclosure-dates.ts'
import { capitalise, type RecordKind } from './disposal-types.ts'
import type { ConvictionSpent, SpentValue } from './spent-value.ts'

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
  /** The other convictions of a chain (s.6(4)) the answer rests on, and the day before which none is spent. */
  linked?: { dates: readonly IsoDate[]; until: IsoDate }
  /** The Ministry of Justice checker's answer in the order given, only when the Act gives another. */
  checkerGives?: ConvictionSpent
}

export function explainRecord(facts: ExplanationFacts): string {
  return [
    opening(facts),
    ...facts.disposalExplanations,
    ...longestWins(facts),
    ...extension(facts),
    ...departure(facts),
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

function extension({ date, spent, extendedBy, linked }: ExplanationFacts): string[] {
  if (!extendedBy) return []
  if (linked) return chain(linked, spent, extendedBy.date)
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

/** No single conviction explains the answer when it comes through a chain: name them all. */
function chain({ dates, until }: NonNullable<ExplanationFacts['linked']>, spent: SpentValue, neverSpentOn: IsoDate) {
  const [only] = dates
  const link =
    dates.length === 1 && only
      ? `This conviction is linked with the conviction of ${longDate(only)}: one came while the other was still unspent, so neither is spent before ${longDate(until)}.`
      : `This conviction is linked with the convictions of ${listOf(dates)}: each came while an earlier one was still unspent, so none of them is spent before ${longDate(until)}.`
  if (spent !== 'never') return [link]
  return [
    link,
    `The conviction of ${longDate(neverSpentOn)} came before then and is never spent, so this one is never spent either.`,
  ]
}

/**
 * Why the answer is not the checker's, since people compare the two. The checker's steps carry only each
 * conviction's answer so far from one to the next. So a link through another conviction can be lost (in some
 * orders, or in every order when an order tail hides the longer period), and an order until further order, once
 * made never spent, can pass that on to an earlier conviction it otherwise never extends.
 */
function departure({ spent, checkerGives }: ExplanationFacts): string[] {
  if (!checkerGives) return []
  const sections = spent === 'never' || checkerGives === 'never' ? 'section 1(1)(b) with section 6(4)' : 'section 6(4)'
  return [
    `If the records are entered in this order, the Ministry of Justice online checker says this conviction ${describe(checkerGives)}.`,
    'The checker looks at the convictions one at a time, in the order they are entered, and does not always link them the way the law does.',
    `This answer follows the law (Rehabilitation of Offenders Act 1974, ${sections}), so the order does not matter.`,
  ]
}

/** "1 January 2000, 1 March 2002 and 1 January 2005", for two dates or more. */
function listOf(dates: readonly IsoDate[]): string {
  const words = dates.map(longDate)
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
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
