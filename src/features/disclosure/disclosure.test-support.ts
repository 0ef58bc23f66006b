/**
 * Builders for the disclosure tests. Every input goes through the schema, so that every example is also valid
 * input to the API and the command line.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { checkDisclosure, type RecordResult } from './disclosure.rules.ts'
import { disclosureInputSchema, type DisclosureRequest } from './disclosure.schemas.ts'
import type { LengthUnit } from './disposal-types.ts'

export type RecordRequest = DisclosureRequest['records'][number]
export type DisposalRequest = RecordRequest['disposals'][number]

/** 50 on 1 January 2020: adult on every date used. */
export const ADULT = '1970-01-01'
/** 14 on 1 January 2020, 18 on 15 June 2023. */
export const YOUTH = '2005-06-15'

export function check(dateOfBirth: IsoDate, records: RecordRequest[], today?: IsoDate) {
  return checkDisclosure(disclosureInputSchema.parse({ dateOfBirth, records }), today ? { today } : {})
}

/** The answer for one record on its own. */
export function single(dateOfBirth: IsoDate, record: RecordRequest, today?: IsoDate): RecordResult {
  const [result] = check(dateOfBirth, [record], today).records
  if (!result) throw new Error('no result')
  return result
}

export const conviction = (date: IsoDate, ...disposals: DisposalRequest[]): RecordRequest => ({
  kind: 'conviction',
  date,
  disposals,
})

export const caution = (date: IsoDate, disposal: DisposalRequest): RecordRequest => ({
  kind: 'caution',
  date,
  disposals: [disposal],
})

export const length = (amount: number, unit: LengthUnit) => ({ amount, unit })

export const custodial = (amount: number, unit: LengthUnit, extra: Partial<DisposalRequest> = {}): DisposalRequest => ({
  type: 'custodial_sentence',
  length: length(amount, unit),
  ...extra,
})

/** Every order of `items`: n! of them, so for a handful only. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length < 2) return [[...items]]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map(rest => [item, ...rest]),
  )
}
