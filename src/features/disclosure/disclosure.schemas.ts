/**
 * Input of the disclosure contract (issue 7, "The input and output contract"), shared by
 * `POST /api/v1/disclosure/check`, `resettle disclosure`, the public checker and the caseload views.
 * Every issue has a `path` naming the field and a plain-English message saying what to fix.
 *
 * Decisions where the contract is silent:
 * - Unknown fields are refused, not dropped: a misspelt `compensationPaidDate` would otherwise turn a paid
 *   order into an unpaid one without a word.
 * - An optional field may be left out or sent as `null`; both mean "not given". `false` means not given too.
 * - Dates are real calendar dates from 1900-01-01 to 2199-12-31, which catches typed years such as 0216.
 * - A record's date must be after the date of birth, and on or after the 10th birthday (the age of criminal
 *   responsibility in England and Wales), which catches the two dates swapped.
 * - Each disposal may carry only the fields its kind of period uses (`DISPOSALS[type].measure`): a custodial
 *   sentence needs a length; an order needs exactly one of a length, an end date, `noEndDate` or
 *   `untilFurtherOrder`; a fine, discharge, endorsement or caution carries none of them.
 * - The age on the record's date must fit the type (rules file section 2): a referral order, youth
 *   rehabilitation order, detention and training order, youth caution or youth conditional caution only under
 *   18; a community order, suspended sentence, simple caution or conditional caution only at 18 or over.
 * - A suspended sentence or a detention and training order is at most 24 months (the checker's upper limit).
 * - A caution record has exactly one disposal, a caution type; a conviction has no caution types.
 * - `seriousOffence` is only for a custodial sentence. On one of 4 years or less it is accepted and has no
 *   effect, as in the checker, which asks about Schedule 18 only for longer terms.
 * - Lengths are whole numbers from 1 up to 100 years, to keep every date inside four-digit years.
 */
import { z } from 'zod'
import { isIsoDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { birthday, compareWithMonths, isUnder18On, ageOn, type Length } from './disclosure-dates.ts'
import {
  capitalise,
  DISPOSAL_TYPES,
  DISPOSALS,
  LENGTH_UNITS,
  RECORD_KINDS,
  withArticle,
  type DisposalInfo,
} from './disposal-types.ts'

const EARLIEST_DATE = '1900-01-01'
const LATEST_DATE = '2199-12-31'
const AGE_OF_CRIMINAL_RESPONSIBILITY = 10
const MAX_MONTHS = 1200
export const MAX_RECORDS = 100
export const MAX_DISPOSALS = 20

/** Messages for a value that is not an object, and for fields the contract does not have. */
function objectError(what: string) {
  return (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys'
      ? `Remove ${(issue.keys as string[]).map(key => `"${key}"`).join(', ')}: ${what} has no such field`
      : `Send ${what} as a JSON object`
}

function isoDate(label: string) {
  const invalid = `${capitalise(label)} must be a real date in the format YYYY-MM-DD, like 2016-03-10`
  return z
    .string({ error: issue => (issue.input === undefined ? `Enter the ${label}` : invalid) })
    .refine(isIsoDate, { message: invalid, abort: true })
    .refine(date => date >= EARLIEST_DATE && date <= LATEST_DATE, {
      message: `${capitalise(label)} must be between 1900 and 2199`,
      abort: true,
    })
}

const flag = (field: string) => z.boolean({ error: `${field} must be true or false` }).nullish()

const lengthSchema = z.strictObject(
  {
    amount: z
      .number({
        error: issue => (issue.input === undefined ? 'Enter the length as a number' : 'The length must be a number'),
      })
      .int({ error: 'Enter the length as a whole number' })
      .min(1, { error: 'The length must be at least 1' }),
    unit: z.enum(LENGTH_UNITS, { error: 'The unit of the length must be days, weeks, months or years' }),
  },
  { error: objectError('the length, like { "amount": 18, "unit": "months" },') },
)

export const disposalSchema = z.strictObject(
  {
    type: z.enum(DISPOSAL_TYPES, {
      error: issue =>
        issue.input === undefined
          ? 'Enter the type of sentence or caution'
          : `The type must be one of: ${DISPOSAL_TYPES.join(', ')}`,
    }),
    length: lengthSchema.nullish(),
    endDate: isoDate('end date').nullish(),
    noEndDate: flag('noEndDate'),
    untilFurtherOrder: flag('untilFurtherOrder'),
    compensationPaidDate: isoDate('date the compensation was paid').nullish(),
    conditionsMetDate: isoDate('date the conditions ended').nullish(),
    seriousOffence: flag('seriousOffence'),
    listedOffence: flag('listedOffence'),
  },
  { error: objectError('a sentence or caution') },
)

export const recordSchema = z.strictObject(
  {
    kind: z.enum(RECORD_KINDS, {
      error: issue =>
        issue.input === undefined
          ? 'Enter whether this is a conviction or a caution'
          : 'The kind must be conviction or caution',
    }),
    date: isoDate('date of the conviction or caution'),
    disposals: z
      .array(disposalSchema, { error: 'Send the sentences or the caution as a list' })
      .min(1, { error: 'Add the sentence, or the type of caution' })
      .max(MAX_DISPOSALS, { error: `Enter at most ${MAX_DISPOSALS} sentences for one conviction` }),
  },
  { error: objectError('each caution or conviction') },
)

/** The fields alone, without the cross-field checks. */
export const disclosureInputFields = z.strictObject(
  {
    dateOfBirth: isoDate('date of birth'),
    records: z
      .array(recordSchema, {
        error: issue =>
          issue.input === undefined ? 'Add at least one caution or conviction' : 'Send the records as a list',
      })
      .min(1, { error: 'Add at least one caution or conviction' })
      .max(MAX_RECORDS, { error: `Check at most ${MAX_RECORDS} cautions and convictions at once` }),
  },
  { error: objectError('the check') },
)

type Fields = z.output<typeof disclosureInputFields>
export type RecordFields = Fields['records'][number]
type DisposalFields = RecordFields['disposals'][number]
export type Problem = { path: (string | number)[]; message: string }

export const disclosureInputSchema = disclosureInputFields.superRefine((input, ctx) => {
  for (const { path, message } of findProblems(input)) ctx.addIssue({ code: 'custom', path, message })
})

/** One caution or conviction of a person whose date of birth is known (a record kept for them), fully checked. */
export function recordSchemaFor(dateOfBirth: IsoDate) {
  return recordSchema.superRefine((record, ctx) => {
    for (const { path, message } of recordProblemsFor(dateOfBirth, record)) {
      ctx.addIssue({ code: 'custom', path, message })
    }
  })
}

/** The contradictions of a record already read by `recordSchema` with a date of birth, at most one per field. */
export function recordProblemsFor(dateOfBirth: IsoDate, record: RecordFields): Problem[] {
  return firstPerField(recordProblems(dateOfBirth, record))
}

/** What `checkDisclosure` takes: input parsed by `disclosureInputSchema`. */
export type DisclosureInput = z.output<typeof disclosureInputSchema>
/** What a caller may send. */
export type DisclosureRequest = z.input<typeof disclosureInputSchema>
export type DisclosureRecord = DisclosureInput['records'][number]
export type Disposal = DisclosureRecord['disposals'][number]
export type SentenceLength = z.output<typeof lengthSchema>

/** Every contradiction in parsed fields, at most one per field (the first found). */
function findProblems(input: Fields): Problem[] {
  return firstPerField(
    input.records.flatMap((record, i) => recordProblems(input.dateOfBirth, record).map(within('records', i))),
  )
}

function firstPerField(problems: Problem[]): Problem[] {
  return problems.filter((problem, i) => problems.findIndex(p => p.path.join('.') === problem.path.join('.')) === i)
}

const within =
  (...prefix: (string | number)[]) =>
  (problem: Problem): Problem => ({ ...problem, path: [...prefix, ...problem.path] })

/** The contradictions in one record, given the date of birth. Paths are relative to the record. */
export function recordProblems(dateOfBirth: IsoDate, record: RecordFields): Problem[] {
  const { kind, date } = record
  if (date <= dateOfBirth) {
    return [{ path: ['date'], message: `The date of the ${kind} must be after the date of birth` }]
  }
  if (date < birthday(dateOfBirth, AGE_OF_CRIMINAL_RESPONSIBILITY)) {
    const message = `The person was under 10 on the date of the ${kind}, too young to be convicted or cautioned: check the date of birth and the date of the ${kind}`
    return [{ path: ['date'], message }]
  }
  const tooMany: Problem[] =
    kind === 'caution' && record.disposals.length > 1
      ? [{ path: ['disposals'], message: 'A caution has one type only: enter each caution as its own record' }]
      : []
  const age = ageOn(dateOfBirth, date)
  const youth = isUnder18On(dateOfBirth, date)
  return [
    ...tooMany,
    ...record.disposals.flatMap((disposal, j) =>
      disposalProblems(disposal, { kind, date, age, youth }).map(within('disposals', j)),
    ),
  ]
}

type Context = { kind: RecordFields['kind']; date: IsoDate; age: number; youth: boolean }

function disposalProblems(disposal: DisposalFields, context: Context): Problem[] {
  const info = DISPOSALS[disposal.type]
  // A caution entered as a sentence, or the reverse, is one mistake: its other fields follow from the type.
  const kindMistake = wrongKind(info, context)
  if (kindMistake) return [{ path: ['type'], message: kindMistake }]
  const ageMistake = wrongAge(info, context)
  return [
    ...(ageMistake ? [{ path: ['type'], message: ageMistake }] : []),
    ...periodProblems(disposal, info, context),
    ...otherFieldProblems(disposal, info, context),
  ]
}

function wrongKind(info: DisposalInfo, { kind }: Context): string | null {
  if (kind === info.kind) return null
  const named = capitalise(withArticle(info.label))
  return kind === 'conviction'
    ? `${named} is a caution, not a sentence: enter it as a caution, with kind "caution"`
    : `${named} is a sentence, not a caution: a caution is a simple caution, conditional caution, youth caution or youth conditional caution`
}

function wrongAge(info: DisposalInfo, { kind, age, youth }: Context): string | null {
  const named = capitalise(withArticle(info.label))
  const check = `check the date of birth and the date of the ${kind}`
  if (info.ages === 'youth' && !youth) {
    return `${named} is only given to someone under 18, but the person was ${age} on the date of the ${kind}: ${check}`
  }
  if (info.ages === 'adult' && youth) {
    return `${named} is only given to someone aged 18 or over, but the person was ${age} on the date of the ${kind}: ${check}`
  }
  return null
}

/** The fields that say how long the disposal lasts, checked against how its period is measured. */
function periodProblems(disposal: DisposalFields, info: DisposalInfo, context: Context): Problem[] {
  switch (info.measure) {
    case 'custodial':
      return custodialProblems(disposal, info)
    case 'order':
      return orderProblems(disposal, info, context)
    default:
      return noPeriodProblems(disposal, info)
  }
}

function custodialProblems(disposal: DisposalFields, info: DisposalInfo): Problem[] {
  const { label } = info
  const problems: Problem[] = []
  if (!disposal.length) problems.push({ path: ['length'], message: `Enter the length of the ${label}` })
  else problems.push(...lengthProblems(disposal.length, info))
  if (disposal.endDate) {
    problems.push({ path: ['endDate'], message: `Give the length of the ${label} in full, not an end date` })
  }
  if (disposal.noEndDate) {
    problems.push({
      path: ['noEndDate'],
      message: `A ${label} always has a length: remove noEndDate and enter the length`,
    })
  }
  if (disposal.untilFurtherOrder) {
    const message = `A ${label} cannot last until further order: remove untilFurtherOrder and enter the length`
    problems.push({ path: ['untilFurtherOrder'], message })
  }
  return problems
}

function lengthProblems(length: Length, info: DisposalInfo): Problem[] {
  if (info.maxMonths !== undefined && compareWithMonths(length, info.maxMonths) > 0) {
    const message = `${capitalise(withArticle(info.label))} can be at most ${info.maxMonths} months: check the length`
    return [{ path: ['length'], message }]
  }
  if (compareWithMonths(length, MAX_MONTHS) > 0)
    return [{ path: ['length'], message: 'The length must be 100 years or less' }]
  return []
}

const ORDER_FIELDS = ['length', 'endDate', 'noEndDate', 'untilFurtherOrder'] as const

function orderProblems(disposal: DisposalFields, info: DisposalInfo, { kind, date }: Context): Problem[] {
  const given = ORDER_FIELDS.filter(field => Boolean(disposal[field]))
  const [first, second] = given
  if (!first) {
    const message = `Enter how long the ${info.label} lasts: a length or an end date, or say it has no end date or lasts until further order`
    return [{ path: ['length'], message }]
  }
  if (second) {
    const message = `Give only one of a length, an end date, no end date or until further order for the ${info.label}`
    return [{ path: [second], message }]
  }
  if (disposal.length) return lengthProblems(disposal.length, info)
  if (disposal.endDate && disposal.endDate < date) {
    return [
      { path: ['endDate'], message: `The end date of the ${info.label} must be on or after the date of the ${kind}` },
    ]
  }
  return []
}

/** A disposal whose period is fixed by the rules, or by one date of its own, takes no length or end date. */
function noPeriodProblems(disposal: DisposalFields, info: DisposalInfo): Problem[] {
  const named = capitalise(withArticle(info.label))
  const instead =
    info.measure === 'compensation'
      ? ', and give the date it was paid in full, if it has been'
      : info.measure === 'conditional-caution'
        ? ', and give the date the conditions ended, if known'
        : ''
  return ORDER_FIELDS.filter(field => Boolean(disposal[field])).map(field => ({
    path: [field],
    message:
      field === 'length' || field === 'endDate'
        ? `${named} has no ${field === 'length' ? 'length' : 'end date'}: remove it${instead}`
        : `Remove ${field}: it is only for an order, not ${withArticle(info.label)}`,
  }))
}

function otherFieldProblems(disposal: DisposalFields, info: DisposalInfo, { kind, date }: Context): Problem[] {
  const problems: Problem[] = []
  const { compensationPaidDate, conditionsMetDate } = disposal
  if (compensationPaidDate && info.measure !== 'compensation') {
    const message = 'Only a compensation order has a date paid in full: remove compensationPaidDate'
    problems.push({ path: ['compensationPaidDate'], message })
  } else if (compensationPaidDate && compensationPaidDate < date) {
    const message = `The date the compensation was paid must be on or after the date of the ${kind}`
    problems.push({ path: ['compensationPaidDate'], message })
  }
  if (conditionsMetDate && info.measure !== 'conditional-caution') {
    const message = 'Only a conditional caution has a date the conditions ended: remove conditionsMetDate'
    problems.push({ path: ['conditionsMetDate'], message })
  } else if (conditionsMetDate && conditionsMetDate < date) {
    const message = `The date the conditions ended must be on or after the date of the ${kind}`
    problems.push({ path: ['conditionsMetDate'], message })
  }
  if (disposal.seriousOffence && disposal.type !== 'custodial_sentence') {
    const message = 'Only a custodial sentence can be for a serious (Schedule 18) offence: remove seriousOffence'
    problems.push({ path: ['seriousOffence'], message })
  }
  return problems
}
