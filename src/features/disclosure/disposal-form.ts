/**
 * Reading a sentence or caution from form fields, and writing one back into them: shared by the public checker's
 * question pages and the practitioner's form for a person's earlier convictions, which use the same partials.
 *
 * Field names are ids: `at` is the place of the disposal in the error paths ('' on a checker page, `disposals.0.`
 * in the practitioner's form) and a field `length.unit` at `disposals.0.` is posted as `disposals-0-length-unit`.
 * Errors name the field by its path, so the GOV.UK error summary links to the right input. Pure.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { FieldError } from '../../platform/errors/errors.ts'
import { dateField } from '../../platform/validation/fields.ts'
import type { RecordFields } from './disclosure.schemas.ts'
import {
  capitalise,
  DISPOSALS,
  LENGTH_UNITS,
  type DisposalType,
  type LengthUnit,
  type Measure,
} from './disposal-types.ts'

export type FormBody = Record<string, unknown>
export type DisposalFields = RecordFields['disposals'][number]
/** The fields that say how long a disposal lasts, without its type. */
export type PeriodFields = Omit<DisposalFields, 'type' | 'listedOffence' | 'seriousOffence'>
export type Read<T> = { value: T; errors: FieldError[] }

/**
 * The answer to "how long did it last?" for a disposal that is not a custodial sentence: how an order ends
 * (the radios `period`), whether compensation was paid (`paid`), whether the conditions of a caution ended
 * (`conditionsEnded`). Some choices need a detail: a length, or a date.
 */
export const PERIOD_CHOICES = [
  'length',
  'endDate',
  'noEndDate',
  'untilFurtherOrder',
  'paid',
  'not-paid',
  'ended',
  'not-known',
] as const
export type PeriodChoice = (typeof PERIOD_CHOICES)[number]

/** Each kind of period's radios: the field, and its values with the choice each stands for. */
const CHOICE_FIELDS = {
  order: {
    field: 'period',
    values: { length: 'length', endDate: 'endDate', noEndDate: 'noEndDate', untilFurtherOrder: 'untilFurtherOrder' },
  },
  compensation: { field: 'paid', values: { yes: 'paid', no: 'not-paid' } },
  'conditional-caution': { field: 'conditionsEnded', values: { yes: 'ended', 'not-known': 'not-known' } },
} as const satisfies Partial<Record<Measure, { field: string; values: Record<string, PeriodChoice> }>>

const CHOICE_MESSAGES: Record<keyof typeof CHOICE_FIELDS, string> = {
  order: 'Select how long it lasted',
  compensation: 'Select yes if the compensation has been paid in full',
  'conditional-caution': 'Select if you know when the conditions ended',
}

/** The detail a choice needs, and the field of the disposal it fills. */
export const DETAIL_OF: Partial<
  Record<PeriodChoice, 'length' | 'endDate' | 'compensationPaidDate' | 'conditionsMetDate'>
> = {
  length: 'length',
  endDate: 'endDate',
  paid: 'compensationPaidDate',
  ended: 'conditionsMetDate',
}

const DETAIL_LABELS = {
  endDate: 'the end date',
  compensationPaidDate: 'the date it was paid in full',
  conditionsMetDate: 'the date the conditions ended',
} as const

/** The posted name of a field: its path with dashes. */
export const fieldKey = (at: string, field: string) => `${at}${field}`.replace(/\./g, '-')

export function textOf(body: FormBody, key: string): string {
  const value = body[key]
  return typeof value === 'string' ? value.trim() : ''
}

function fail<T>(at: string, field: string, message: string, value: T): Read<T> {
  return { value, errors: [{ field: `${at}${field}`, message }] }
}

/**
 * A GOV.UK date input's three parts. The route registry gathers `date-day`, `date-month` and `date-year` into
 * `date: { day, month, year }`; a field whose name has dashes of its own (`disposals-0-endDate-day`) is left as
 * posted.
 */
function datePartsOf(body: FormBody, key: string) {
  const gathered = body[key]
  const parts: FormBody = gathered && typeof gathered === 'object' ? (gathered as FormBody) : {}
  const part = (name: string) => textOf(parts, name) || textOf(body, `${key}-${name}`)
  return { day: part('day'), month: part('month'), year: part('year') }
}

/** A GOV.UK date input's three parts as one ISO date, optionally no later than today. */
export function readDate(
  body: FormBody,
  at: string,
  field: string,
  label: string,
  { today }: { today?: IsoDate } = {},
): Read<IsoDate | undefined> {
  const parsed = dateField(label).safeParse(datePartsOf(body, fieldKey(at, field)))
  if (!parsed.success) return fail(at, field, parsed.error.issues[0]?.message ?? `Enter ${label}`, undefined)
  const date = parsed.data
  if (date && today && date > today)
    return fail(at, field, `${capitalise(label)} must be today or in the past`, undefined)
  return { value: date, errors: [] }
}

/** One of the values of a set of radios. */
export function readChoice<C extends string>(
  body: FormBody,
  at: string,
  field: string,
  choices: readonly C[],
  message: string,
): Read<C | undefined> {
  const value = textOf(body, fieldKey(at, field))
  return (choices as readonly string[]).includes(value)
    ? { value: value as C, errors: [] }
    : fail(at, field, message, undefined)
}

export function readLength(body: FormBody, at: string): Read<{ amount: number; unit: LengthUnit } | undefined> {
  const amount = textOf(body, fieldKey(at, 'length'))
  const unit = textOf(body, fieldKey(at, 'length.unit'))
  const errors: FieldError[] = []
  if (!amount) errors.push({ field: `${at}length`, message: 'Enter how long it was, as a number' })
  else if (!/^\d+$/.test(amount))
    errors.push({ field: `${at}length`, message: 'Enter the length as a whole number, like 18' })
  else if (Number(amount) < 1) errors.push({ field: `${at}length`, message: 'The length must be 1 or more' })
  if (!(LENGTH_UNITS as readonly string[]).includes(unit)) {
    errors.push({ field: `${at}length.unit`, message: 'Select days, weeks, months or years' })
  }
  return { value: errors.length ? undefined : { amount: Number(amount), unit: unit as LengthUnit }, errors }
}

const YES_NO = ['yes', 'no'] as const

/** Whether a kind of period is asked with a choice first (an order, compensation, a conditional caution). */
export function hasChoice(type: DisposalType): boolean {
  return DISPOSALS[type].measure in CHOICE_FIELDS
}

/** The radios field a type's choice is posted in, and the value that stands for a choice. */
export function choiceField(
  type: DisposalType,
): { field: string; valueOf: (choice: PeriodChoice) => string | undefined } | null {
  const measure = DISPOSALS[type].measure
  if (!(measure in CHOICE_FIELDS)) return null
  const { field, values } = CHOICE_FIELDS[measure as keyof typeof CHOICE_FIELDS]
  const entries = Object.entries(values) as [string, PeriodChoice][]
  return { field, valueOf: choice => entries.find(([, c]) => c === choice)?.[0] }
}

/** The choice for an order, compensation or a conditional caution, from its radios. */
export function readPeriodChoice(body: FormBody, at: string, type: DisposalType): Read<PeriodChoice | undefined> {
  const measure = DISPOSALS[type].measure as keyof typeof CHOICE_FIELDS
  const { field, values } = CHOICE_FIELDS[measure]
  const answer = readChoice(body, at, field, Object.keys(values), CHOICE_MESSAGES[measure])
  return {
    value: answer.value ? (values as Record<string, PeriodChoice>)[answer.value] : undefined,
    errors: answer.errors,
  }
}

/** The fields a choice sets, reading its detail (a length or a date) from the form. */
export function readPeriodDetail(body: FormBody, at: string, choice: PeriodChoice, today: IsoDate): Read<PeriodFields> {
  if (choice === 'noEndDate') return { value: { noEndDate: true }, errors: [] }
  if (choice === 'untilFurtherOrder') return { value: { untilFurtherOrder: true }, errors: [] }
  const detail = DETAIL_OF[choice]
  if (!detail) return { value: {}, errors: [] }
  if (detail === 'length') {
    const length = readLength(body, at)
    return { value: length.value ? { length: length.value } : {}, errors: length.errors }
  }
  const date = readDate(body, at, detail, DETAIL_LABELS[detail], detail === 'endDate' ? {} : { today })
  return { value: { [detail]: date.value }, errors: date.errors }
}

/** How long the disposal lasts, read from the fields its kind of period uses; other fields are ignored. */
export function readPeriod(body: FormBody, at: string, type: DisposalType, today: IsoDate): Read<PeriodFields> {
  if (DISPOSALS[type].measure === 'custodial') return readPeriodDetail(body, at, 'length', today)
  if (!hasChoice(type)) return { value: {}, errors: [] }
  const choice = readPeriodChoice(body, at, type)
  return choice.value ? readPeriodDetail(body, at, choice.value, today) : { value: {}, errors: choice.errors }
}

export function readSerious(body: FormBody, at: string): Read<boolean | undefined> {
  const message = 'Select yes if the sentence was for a serious violent, sexual or terrorism offence'
  const answer = readChoice(body, at, 'seriousOffence', YES_NO, message)
  return { value: answer.value === undefined ? undefined : answer.value === 'yes', errors: answer.errors }
}

/** The form fields that show a date again: `{ 'date-day': '10', 'date-month': '3', 'date-year': '2016' }`. */
export function dateValues(key: string, date: IsoDate | null | undefined): Record<string, string> {
  if (!date) return {}
  const [year, month, day] = date.split('-')
  return { [`${key}-day`]: String(Number(day)), [`${key}-month`]: String(Number(month)), [`${key}-year`]: year ?? '' }
}

/** A disposal's answers as the fields of the forms that ask for them, to show them again. */
export function periodValues(
  disposal: Partial<DisposalFields> & { type: DisposalType },
  at: string,
  choice?: PeriodChoice,
) {
  const key = (field: string) => fieldKey(at, field)
  const values: Record<string, string> = {}
  if (disposal.length) {
    values[key('length')] = String(disposal.length.amount)
    values[key('length.unit')] = disposal.length.unit
  }
  const radios = choiceField(disposal.type)
  const chosen = choice ?? choiceOf(disposal)
  const value = radios && chosen ? radios.valueOf(chosen) : undefined
  if (radios && value) values[key(radios.field)] = value
  Object.assign(values, dateValues(key('endDate'), disposal.endDate))
  Object.assign(values, dateValues(key('compensationPaidDate'), disposal.compensationPaidDate))
  Object.assign(values, dateValues(key('conditionsMetDate'), disposal.conditionsMetDate))
  if (typeof disposal.seriousOffence === 'boolean')
    values[key('seriousOffence')] = disposal.seriousOffence ? 'yes' : 'no'
  return values
}

/** The choice a stored disposal's fields show, where they show one (an unpaid order shows none). */
export function choiceOf(disposal: Partial<DisposalFields>): PeriodChoice | undefined {
  if (disposal.length) return 'length'
  if (disposal.endDate) return 'endDate'
  if (disposal.noEndDate) return 'noEndDate'
  if (disposal.untilFurtherOrder) return 'untilFurtherOrder'
  if (disposal.compensationPaidDate) return 'paid'
  if (disposal.conditionsMetDate) return 'ended'
  return undefined
}
