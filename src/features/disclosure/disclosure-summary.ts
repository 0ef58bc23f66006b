/**
 * What an answer of the rules engine means for the person, in plain words: what to tell whom, until when, and
 * what changes after. Used by the public checker's result page and the person's own page ("you"), and, as short
 * statuses, by the practitioner's page. Pure: today's date is an argument.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { formatDate, translator, type Language, type Translate } from '../../platform/i18n/i18n.ts'
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

/** The words of a summary: the person's own page is in their language, the public checker's in English. */
export interface SummaryWords {
  t: Translate
  lang: Language
}

const ENGLISH: SummaryWords = { t: translator('en'), lang: 'en' }

/** "Conviction on 10 March 2016", "Caution given on 1 July 2019". */
export const titleOf = ({ kind, date }: { kind: 'conviction' | 'caution'; date: IsoDate }, w = ENGLISH) =>
  w.t(kind === 'caution' ? 'disclosure:title.caution' : 'disclosure:title.conviction', {
    date: formatDate(w.lang, date),
  })
const isPast = (value: SpentValue, today: IsoDate) => value === 'immediately' || (isDate(value) && value <= today)

export function summarise(record: SummaryInput, result: RecordResult, today: IsoDate, w = ENGLISH): RecordSummary {
  const { spent } = result
  const filteredFrom = result.filtering.filteredFrom
  return {
    title: titleOf(record, w),
    headline: headline(spent, today, w),
    spentNow: isPast(spent, today),
    sentences: record.disposals.map(describeDisposal),
    basic: basicWords(spent, today, w),
    standard: standardWords(filteredFrom, today, w),
    changes: changes(spent, filteredFrom, today, w),
    basicStatus: status(spent, today),
    standardStatus: status(filteredFrom, today),
    explanation: result.explanation,
    filteringExplanation: result.filtering.explanation,
  }
}

function headline(spent: SpentValue, today: IsoDate, { t, lang }: SummaryWords): string {
  if (spent === 'immediately') return t('disclosure:headline.immediately')
  if (spent === 'never') return t('disclosure:headline.never')
  if (spent === 'indefinite') return t('disclosure:headline.indefinite')
  const date = formatDate(lang, spent)
  return t(spent <= today ? 'disclosure:headline.spent' : 'disclosure:headline.willBeSpent', { date })
}

function basicWords(spent: SpentValue, today: IsoDate, { t, lang }: SummaryWords): string {
  if (isPast(spent, today)) return t('disclosure:basic.spent')
  if (spent === 'never') return t('disclosure:basic.never')
  if (spent === 'indefinite') return t('disclosure:basic.indefinite')
  return t('disclosure:basic.until', { date: formatDate(lang, spent) })
}

function standardWords(filteredFrom: SpentValue, today: IsoDate, { t, lang }: SummaryWords): string {
  if (isPast(filteredFrom, today)) return t('disclosure:standard.filtered')
  if (filteredFrom === 'never') return t('disclosure:standard.never')
  if (filteredFrom === 'indefinite') return t('disclosure:standard.indefinite')
  return t('disclosure:standard.until', { date: formatDate(lang, filteredFrom) })
}

function changes(spent: SpentValue, filteredFrom: SpentValue, today: IsoDate, { t, lang }: SummaryWords): string[] {
  const events: [IsoDate, string][] = []
  if (isDate(spent) && spent > today) {
    events.push([spent, t('disclosure:changes.spent', { date: formatDate(lang, spent) })])
  }
  if (isDate(filteredFrom) && filteredFrom > today) {
    events.push([filteredFrom, t('disclosure:changes.filtered', { date: formatDate(lang, filteredFrom) })])
  }
  return events.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, words]) => words)
}

function status(value: SpentValue, today: IsoDate): string {
  if (isPast(value, today)) return 'Does not show'
  if (value === 'never') return 'Always shows'
  if (value === 'indefinite') return 'Shows, no end date yet'
  return `Shows until ${formatDate('en', value)}`
}
