/**
 * Input for a person's earlier cautions and convictions: the API takes one record of the disclosure contract
 * (`{ kind, date, disposals }`); the practitioner's form sends the fields of the checker's questions, all on one
 * page, read here into the same shape. Either is then checked with `recordSchemaFor(dateOfBirth)`.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { FieldError } from '../../platform/errors/errors.ts'
import { recordSchema, type DisclosureRequest } from './disclosure.schemas.ts'
import {
  fieldKey,
  readChoice,
  readDate,
  readPeriod,
  readSerious,
  textOf,
  type FormBody,
  type Read,
} from './disposal-form.ts'
import { DISPOSAL_TYPES, RECORD_KINDS, type DisposalType } from './disposal-types.ts'

/** What the API's POST takes: the contract's record. The date of birth comes from the person's record. */
export const convictionRecordSchema = recordSchema

export type RecordRequest = DisclosureRequest['records'][number]

const LISTED = ['yes', 'no'] as const

/** How many sentences the form shows: at least one, at most 20. */
export function disposalCountOf(body: FormBody): number {
  const count = Number(textOf(body, 'disposalCount'))
  return Number.isInteger(count) && count >= 1 ? Math.min(count, 20) : 1
}

/** The practitioner's form as a contract record. A later sentence left blank is left out. */
export function readConvictionForm(body: FormBody, today: IsoDate): Read<Partial<RecordRequest>> {
  const errors: FieldError[] = []
  const take = <T>(read: Read<T>): T => {
    errors.push(...read.errors)
    return read.value
  }
  const kind = take(readChoice(body, '', 'kind', RECORD_KINDS, 'Select if it was a caution or a conviction'))
  const date = take(readDate(body, '', 'date', 'the date of the conviction or caution', { today }))
  const listed = textOf(body, 'listedOffence')
    ? take(readChoice(body, '', 'listedOffence', LISTED, 'Select yes or no'))
    : undefined
  const disposals = Array.from({ length: disposalCountOf(body) }, (_, i) => `disposals.${i}.`)
    .filter((at, i) => i === 0 || textOf(body, fieldKey(at, 'type')))
    .map(at => {
      const type = take(
        readChoice<DisposalType>(body, at, 'type', DISPOSAL_TYPES, 'Select the sentence or the type of caution'),
      )
      if (!type) return undefined
      const period = take(readPeriod(body, at, type, today))
      const seriousAnswered = type === 'custodial_sentence' && textOf(body, fieldKey(at, 'seriousOffence'))
      const seriousOffence = seriousAnswered ? take(readSerious(body, at)) : undefined
      return {
        type,
        ...period,
        ...(seriousOffence === undefined ? {} : { seriousOffence }),
        ...(listed === 'yes' ? { listedOffence: true } : {}),
      }
    })
  return { value: { kind, date, disposals: disposals.filter(d => d !== undefined) }, errors }
}
