/**
 * Input for a person's earlier cautions and convictions: the API takes one record of the disclosure contract
 * (`{ kind, date, disposals }`); the practitioner's form sends the fields of the checker's questions, all on one
 * page, read here into the same shape. Either is then checked against the person's date of birth.
 */
import { z } from 'zod'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { FieldError } from '../../platform/errors/errors.ts'
import { uuidField, type Clock } from '../../platform/validation/fields.ts'
import { personParams } from '../../platform/validation/params.ts'
import { personResponse } from '../people/index.ts'
import { recordResultResponse, recordSummaryResponse } from './disclosure-result.schemas.ts'
import { disposalSchema, recordSchema, type DisclosureRequest, type RecordFields } from './disclosure.schemas.ts'
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
/** A record read by `recordSchema`, from the API or the form, not yet checked against the date of birth. */
export type NewRecord = RecordFields

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

/** The practitioner's form, read into the contract's record with every problem of its fields at once. */
export function convictionFormSchema(today: Clock) {
  return z
    .looseObject({})
    .transform((body, ctx) => {
      const read = readConvictionForm(body, today())
      for (const { field, message } of read.errors) ctx.addIssue({ code: 'custom', path: field.split('.'), message })
      return read.value
    })
    .pipe(recordSchema)
}

export const recordParams = personParams.extend({ recordId: uuidField('the caution or conviction') })

/** A recorded caution or conviction with the engine's answer and its plain words, or null where it cannot be given. */
const assessedRecord = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(RECORD_KINDS),
  date: z.iso.date(),
  disposals: z.array(disposalSchema),
  createdAt: z.iso.datetime(),
  result: recordResultResponse.nullable(),
  summary: recordSummaryResponse.nullable(),
})

export const convictionsResponse = z.object({
  person: personResponse,
  canEdit: z.boolean(),
  today: z.iso.date(),
  records: z.array(assessedRecord),
  /** What no longer fits the date of birth, so that no dates can be given: each record named. */
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
})

export const createdResponse = z.object({ id: z.uuid() })
