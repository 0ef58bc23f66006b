/**
 * What an answer of the rules engine means for the person, in plain words: what to tell whom, until when, and
 * what changes after. Used by the public checker's result page and the person's own page ("you"), and, as short
 * statuses, by the practitioner's page. Pure: today's date is an argument.
 */
import { formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { describeDisposal } from './checker-wording.ts'
import type { RecordResult } from './disclosure.rules.ts'
import type { DisposalFields } from './disposal-form.ts'
import { isDate, type SpentValue } from './spent-value.ts'

export type RecordSummary = {
  title: string
  /** "Spent on …", "Will be spent on …", "Never spent". */
  headline: string
  spentNow: boolean
  sentences: string[]
  /** Most jobs, housing, insurance, and basic DBS checks. */
  basic: string
  /** Jobs that need a standard or enhanced DBS check. */
  standard: string
  /** What changes later, with dates; empty when nothing will. */
  changes: string[]
  /** Short statuses for the practitioner's table. */
  basicStatus: string
  standardStatus: string
  explanation: string
  filteringExplanation: string
}

type SummaryInput = { kind: 'conviction' | 'caution'; date: IsoDate; disposals: readonly DisposalFields[] }

const long = (date: IsoDate) => formatLongDate(date)

/** "Conviction on 10 March 2016", "Caution given on 1 July 2019". */
export const titleOf = ({ kind, date }: { kind: 'conviction' | 'caution'; date: IsoDate }) =>
  kind === 'caution' ? `Caution given on ${long(date)}` : `Conviction on ${long(date)}`
const isPast = (value: SpentValue, today: IsoDate) => value === 'immediately' || (isDate(value) && value <= today)

export function summarise(record: SummaryInput, result: RecordResult, today: IsoDate): RecordSummary {
  const { spent } = result
  const filteredFrom = result.filtering.filteredFrom
  return {
    title: titleOf(record),
    headline: headline(spent, today),
    spentNow: isPast(spent, today),
    sentences: record.disposals.map(describeDisposal),
    basic: basicWords(spent, today),
    standard: standardWords(filteredFrom, today),
    changes: changes(spent, filteredFrom, today),
    basicStatus: status(spent, today),
    standardStatus: status(filteredFrom, today),
    explanation: result.explanation,
    filteringExplanation: result.filtering.explanation,
  }
}

function headline(spent: SpentValue, today: IsoDate): string {
  if (spent === 'immediately') return 'Spent on the day it was given'
  if (spent === 'never') return 'Never spent'
  if (spent === 'indefinite') return 'Not spent yet, and no date can be given'
  return spent <= today ? `Spent on ${long(spent)}` : `Will be spent on ${long(spent)}`
}

function basicWords(spent: SpentValue, today: IsoDate): string {
  if (isPast(spent, today)) {
    return 'You do not need to tell most employers, landlords or insurers about it. It does not show on a basic DBS check.'
  }
  if (spent === 'never') {
    return 'You must always tell an employer, landlord or insurer about it if they ask. It always shows on a basic DBS check.'
  }
  if (spent === 'indefinite') {
    return 'You must tell an employer, landlord or insurer about it if they ask. It shows on a basic DBS check. This lasts until it is spent, and no date can be given for that yet.'
  }
  return `Until ${long(spent)}, you must tell an employer, landlord or insurer about it if they ask. It shows on a basic DBS check until then.`
}

function standardWords(filteredFrom: SpentValue, today: IsoDate): string {
  if (isPast(filteredFrom, today)) {
    return 'It does not show on these checks. You do not need to tell these employers about it.'
  }
  if (filteredFrom === 'never') {
    return 'It always shows on these checks. You must always tell these employers about it if they ask.'
  }
  if (filteredFrom === 'indefinite') {
    return 'It shows on these checks for now, and you must tell these employers about it if they ask. No date can be given for when this stops.'
  }
  return `Until ${long(filteredFrom)}, it shows on these checks, and you must tell these employers about it if they ask.`
}

function changes(spent: SpentValue, filteredFrom: SpentValue, today: IsoDate): string[] {
  const events: [IsoDate, string][] = []
  if (isDate(spent) && spent > today) {
    events.push([
      spent,
      `From ${long(spent)} it is spent. You will not need to tell most employers, landlords or insurers, and it will not show on a basic DBS check.`,
    ])
  }
  if (isDate(filteredFrom) && filteredFrom > today) {
    events.push([filteredFrom, `From ${long(filteredFrom)} it will not show on standard or enhanced DBS checks.`])
  }
  return events.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, words]) => words)
}

function status(value: SpentValue, today: IsoDate): string {
  if (isPast(value, today)) return 'Does not show'
  if (value === 'never') return 'Always shows'
  if (value === 'indefinite') return 'Shows, no end date yet'
  return `Shows until ${long(value)}`
}
