/**
 * The four answers a record can get (`shared/rules/disclosure.md` section 1) and how the checker orders them
 * when it compares one record's period with another's.
 */
import { toDayNumber, type IsoDate } from '../../platform/dates/calendar-date.ts'

/** A date is the first day on which the record is spent. */
export type SpentValue = IsoDate | 'immediately' | 'never' | 'indefinite'

/** What a conviction can get: only cautions are spent "immediately". */
export type ConvictionSpent = IsoDate | 'never' | 'indefinite'

/** The checker's `ResultsVariant::INDEFINITE.to_date`: "absurdly in the future, but sooner than infinity". */
export const INDEFINITE_COMPARES_AS: IsoDate = '2049-01-01'

export function isDate(value: SpentValue): value is IsoDate {
  return value !== 'immediately' && value !== 'never' && value !== 'indefinite'
}

/** A number to compare by, as drag-through does: never is +infinity, indefinite is 1 January 2049. */
export function rank(value: ConvictionSpent): number {
  if (value === 'never') return Number.POSITIVE_INFINITY
  return toDayNumber(value === 'indefinite' ? INDEFINITE_COMPARES_AS : value)
}

/**
 * One conviction's answer from its disposals' answers (ROA s.6(2), `proceedings.rb#spent_date`): never if any
 * is never, otherwise indefinite if any is indefinite, otherwise the latest date. Null when there are none.
 */
export function longest(values: readonly ConvictionSpent[]): ConvictionSpent | null {
  if (values.includes('never')) return 'never'
  if (values.includes('indefinite')) return 'indefinite'
  return values.reduce<ConvictionSpent | null>(
    (latest, value) => (latest === null || value > latest ? value : latest),
    null,
  )
}
