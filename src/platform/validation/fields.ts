import { z } from 'zod'
import { fromParts, isIsoDate, type IsoDate } from '../dates/calendar-date.ts'
import { messageKey } from './parse.ts'
import { isUnsafeText, UNSAFE_TEXT_MESSAGE } from './safe-text.ts'

/** Blank form fields count as not given. */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value

/**
 * The person's own words for a text field's problems, as locale keys (`messageKey`): `tooLong` may use
 * `{{maximum}}`. Text with invisible or broken characters is then refused in the person's words too.
 */
export interface TextWords {
  required?: string
  tooLong: string
}

const UNSAFE_TEXT_KEY = messageKey('common:errors.unsafeText')

export function requiredText(label: string, max: number, words?: TextWords & { required: string }) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: words?.required ?? `Enter ${label}` })
      .trim()
      .min(1, words?.required ?? `Enter ${label}`)
      .max(max, words?.tooLong ?? `${capitalise(label)} must be ${max} characters or fewer`)
      .refine(safe, words ? UNSAFE_TEXT_KEY : `${capitalise(label)} ${UNSAFE_TEXT_MESSAGE}`),
  )
}

export function optionalText(label: string, max: number, words?: TextWords) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${capitalise(label)} must be text` })
      .trim()
      .max(max, words?.tooLong ?? `${capitalise(label)} must be ${max} characters or fewer`)
      .refine(safe, words ? UNSAFE_TEXT_KEY : `${capitalise(label)} ${UNSAFE_TEXT_MESSAGE}`)
      .optional(),
  )
}

const safe = (text: string) => !isUnsafeText(text)

export function optionalId(label: string) {
  return z.preprocess(blankToUndefined, z.uuid({ error: `Select ${label}` }).optional())
}

/** Checkboxes of records send nothing, one id or several; JSON sends a list: always a list of ids. */
export function idList(label: string) {
  return z.preprocess(
    value => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.uuid({ error: `Select ${label} from the list` })).max(200),
  )
}

/** The id of a record in an address or a body: anything else is refused before it reaches a query. */
/**
 * The largest whole number a PostgreSQL `integer` column holds: a version or a page beyond it names nothing there is,
 * and is refused as the user's mistake rather than reaching the database as a crash.
 */
export const INT4_MAX = 2_147_483_647

export function uuidField(label: string) {
  return z.uuid({ error: `Use the id of ${label}, as Resettle gives it` })
}

/** Checkboxes send 'true' when ticked and nothing when not; JSON sends booleans. */
export function flag() {
  return z.preprocess(value => value === true || value === 'true' || value === 'on', z.boolean()).default(false)
}

interface DateParts {
  day?: string
  month?: string
  year?: string
}

const dateParts = z.object({ day: z.string().optional(), month: z.string().optional(), year: z.string().optional() })

/**
 * A calendar date from the API (ISO `2025-01-14`), a date picker (`14/1/2025`) or a GOV.UK date input
 * (`{ day, month, year }`), always given back as an ISO string, with the GOV.UK wording for each fault.
 * No preprocessing, so that the OpenAPI document shows the field as it is: required, a string or parts.
 */
export function dateField(
  label: string,
  { required = true, past, words }: { required?: boolean; past?: Clock; words?: DateWords } = {},
) {
  const name = capitalise(label)
  const said = {
    required: words?.required ?? `Enter ${label}`,
    missingYear: words?.missingYear ?? `${name} must include a year`,
    notReal: words?.notReal ?? `${name} must be a real date`,
    tooEarly: words?.tooEarly ?? `${name} must be after 1 January 1900`,
  }
  const input = z.union([z.string().meta({ format: 'date' }), dateParts], {
    error: required ? said.required : `${name} must be a date`,
  })
  const base = required ? input : input.nullish()
  return base.transform((value, ctx): IsoDate | undefined => {
    if (value === undefined || value === null || isEmptyParts(value) || (typeof value === 'string' && !value.trim())) {
      if (required) ctx.addIssue({ code: 'custom', message: said.required })
      return undefined
    }
    const parsed = toIso(value)
    if (!isIsoDate(parsed)) {
      ctx.addIssue({
        code: 'custom',
        message: parsed === 'missing-year' ? said.missingYear : said.notReal,
      })
      return undefined
    }
    if (parsed < '1900-01-01') ctx.addIssue({ code: 'custom', message: said.tooEarly })
    if (past && parsed >= past()) ctx.addIssue({ code: 'custom', message: `${name} must be in the past` })
    return parsed
  })
}

/** The person's own words for a date's problems, as locale keys (`messageKey`). */
export interface DateWords {
  required: string
  missingYear: string
  notReal: string
  tooEarly: string
}

/** Today's date, injected so that "in the past" means the same as everywhere else in the service. */
export type Clock = () => IsoDate

export function requiredDate(label: string, options: { past?: Clock; words?: DateWords } = {}) {
  return dateField(label, { ...options, required: true }) as unknown as z.ZodType<
    IsoDate,
    IsoDate | z.input<typeof dateParts>
  >
}

function isEmptyParts(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const parts = value as DateParts
  return !parts.day?.trim() && !parts.month?.trim() && !parts.year?.trim()
}

function toIso(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const { day = '', month = '', year = '' } = value as DateParts
    if (!year.trim()) return 'missing-year'
    return fromDigits(year, month, day)
  }
  if (typeof value !== 'string') return 'invalid'
  const text = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  return slashed ? fromDigits(slashed[3]!, slashed[2]!, slashed[1]!) : 'invalid'
}

function fromDigits(year: string, month: string, day: string): string {
  if (![year, month, day].every(part => /^\d+$/.test(part.trim())) || year.trim().length !== 4) return 'invalid'
  return fromParts(Number(year), Number(month), Number(day))
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A list's page from the address: a page number that is not a whole number from 1 shows the first page. */
export function pageNumber() {
  return z.coerce.number().int().min(1).max(100_000).catch(1).default(1)
}

/** Whether a value is an id as Resettle gives them, for addresses and hidden fields read before their schema. */
export function isUuid(value: unknown): value is string {
  return z.uuid().safeParse(value).success
}
