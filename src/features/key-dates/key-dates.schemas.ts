/**
 * Input of the key-date contract (issue 4, "The key-date contract"), shared by `POST /api/v1/key-dates`,
 * `resettle key-dates` and the pages. Every issue has a `path` naming the field and a plain-English message.
 *
 * Decisions where the contract is silent:
 * - `arrivalDate` and `sentenceStartDate` are required: only the release and expiry dates are "where known",
 *   and rules 4 and 5 need both.
 * - An optional date may be left out or sent as `null`; both mean "not known".
 * - Dates must be real calendar dates from 1900-01-01 to 2199-12-31, which catches typed years such as 0202.
 * - An indeterminate sentence needs a tariff expiry date or a parole eligibility date (rule 2 needs a target).
 * - A licence or sentence expiry date before the sentence start, or a licence expiry date before any release
 *   date given, contradicts the other dates and is refused.
 * - Unknown fields are dropped (zod's default), so that callers can send a whole custody episode.
 */
import { z } from 'zod'
import { isIsoDate, type IsoDate } from '../../platform/dates/calendar-date.ts'

export const SENTENCE_TYPES = ['determinate', 'indeterminate', 'recall', 'immigration'] as const
export type SentenceType = (typeof SENTENCE_TYPES)[number]

/** Plain-English names of the input fields, for messages and labels. */
export const KEY_DATE_LABELS = {
  sentenceType: 'Sentence type',
  parole: 'Parole',
  earlyAllocation: 'Early allocation',
  arrivalDate: 'Arrival date',
  sentenceStartDate: 'Sentence start date',
  conditionalReleaseDate: 'Conditional release date',
  automaticReleaseDate: 'Automatic release date',
  paroleEligibilityDate: 'Parole eligibility date',
  tariffExpiryDate: 'Tariff expiry date',
  licenceExpiryDate: 'Licence expiry date',
  sentenceExpiryDate: 'Sentence expiry date',
} as const
export type KeyDateField = keyof typeof KEY_DATE_LABELS

const EARLIEST_DATE = '1900-01-01'
const LATEST_DATE = '2199-12-31'

/** The release dates that rule 1 can take, in the order their problems are reported. */
export const RELEASE_DATE_FIELDS = [
  'conditionalReleaseDate',
  'automaticReleaseDate',
  'paroleEligibilityDate',
  'tariffExpiryDate',
] as const
type ReleaseDateField = (typeof RELEASE_DATE_FIELDS)[number]

const lower = (field: KeyDateField) => KEY_DATE_LABELS[field].toLowerCase()

function isoDate(field: KeyDateField) {
  const invalid = `${KEY_DATE_LABELS[field]} must be a real date in the format YYYY-MM-DD, like 2025-01-14`
  return z
    .string({ error: issue => (issue.input === undefined ? `Enter the ${lower(field)}` : invalid) })
    .refine(isIsoDate, { message: invalid, abort: true })
    .refine(date => date >= EARLIEST_DATE && date <= LATEST_DATE, {
      message: `${KEY_DATE_LABELS[field]} must be between 1900 and 2199`,
      abort: true,
    })
}

const knownDate = (field: KeyDateField) => isoDate(field).nullish()

const flag = (field: KeyDateField) =>
  z.boolean({ error: `${KEY_DATE_LABELS[field]} must be true or false` }).default(false)

/** The fields alone, without the cross-field checks (zod cannot `.extend` a refined object). */
export const keyDatesFields = z.object(
  {
    sentenceType: z.enum(SENTENCE_TYPES, {
      error: issue =>
        issue.input === undefined
          ? 'Enter the sentence type: determinate, indeterminate, recall or immigration'
          : 'Sentence type must be determinate, indeterminate, recall or immigration',
    }),
    parole: flag('parole'),
    earlyAllocation: flag('earlyAllocation'),
    arrivalDate: isoDate('arrivalDate'),
    sentenceStartDate: isoDate('sentenceStartDate'),
    conditionalReleaseDate: knownDate('conditionalReleaseDate'),
    automaticReleaseDate: knownDate('automaticReleaseDate'),
    paroleEligibilityDate: knownDate('paroleEligibilityDate'),
    tariffExpiryDate: knownDate('tariffExpiryDate'),
    licenceExpiryDate: knownDate('licenceExpiryDate'),
    sentenceExpiryDate: knownDate('sentenceExpiryDate'),
  },
  { error: 'Send the key dates as one JSON object' },
)

type Fields = z.output<typeof keyDatesFields>
type Problem = { field: KeyDateField; message: string }

export const keyDatesSchema = keyDatesFields.superRefine((input, ctx) => {
  for (const { field, message } of contradictions(input)) ctx.addIssue({ code: 'custom', path: [field], message })
})

/** What `deriveKeyDates` takes: parsed input, with `parole` and `earlyAllocation` defaulted. */
export type KeyDatesInput = z.output<typeof keyDatesSchema>
/** What a caller may send, before defaults. */
export type KeyDatesRequest = z.input<typeof keyDatesSchema>

/** Every contradiction, at most one per field (the first found). Custody episode forms check the same. */
export function contradictions(input: Fields): Problem[] {
  const problems = [
    ...missingReleaseDate(input),
    ...RELEASE_DATE_FIELDS.flatMap(field => notBefore(input, field, 'sentenceStartDate')),
    ...licenceExpiryBeforeRelease(input),
    ...notBefore(input, 'licenceExpiryDate', 'sentenceStartDate'),
    ...notBefore(input, 'sentenceExpiryDate', 'sentenceStartDate'),
  ]
  return problems.filter((problem, i) => problems.findIndex(p => p.field === problem.field) === i)
}

function missingReleaseDate(input: Fields): Problem[] {
  const { sentenceType, conditionalReleaseDate, automaticReleaseDate, paroleEligibilityDate } = input
  if (sentenceType === 'determinate' && !conditionalReleaseDate && !automaticReleaseDate && !paroleEligibilityDate) {
    const message =
      'A determinate sentence needs a conditional release date, automatic release date or parole eligibility date'
    return [{ field: 'conditionalReleaseDate', message }]
  }
  if (sentenceType === 'indeterminate' && !input.tariffExpiryDate && !paroleEligibilityDate) {
    const message = 'An indeterminate sentence needs a tariff expiry date or parole eligibility date'
    return [{ field: 'tariffExpiryDate', message }]
  }
  return []
}

/** "Conditional release date must be on or after the sentence start date", when it is not. */
function notBefore(input: Fields, field: KeyDateField, other: KeyDateField): Problem[] {
  const date = input[field]
  const otherDate = input[other]
  if (typeof date !== 'string' || typeof otherDate !== 'string' || date >= otherDate) return []
  return [{ field, message: `${KEY_DATE_LABELS[field]} must be on or after the ${lower(other)}` }]
}

/** Compared with the latest release date given, so that one message names the date that binds. */
function licenceExpiryBeforeRelease(input: Fields): Problem[] {
  const latest = RELEASE_DATE_FIELDS.reduce<ReleaseDateField | null>((found, field) => {
    const date: IsoDate | null | undefined = input[field]
    return date && (!found || date > (input[found] ?? '')) ? field : found
  }, null)
  return latest ? notBefore(input, 'licenceExpiryDate', latest) : []
}

/** What the rules derive (`KeyDates`), as `POST /api/v1/key-dates` answers and a custody episode shows it. */
export const keyDatesResponse = z.object({
  earliestReleaseDate: z.iso.date().nullable(),
  handoverDate: z.iso.date().nullable(),
  comResponsibleFromStart: z.boolean(),
  comAllocationOverdueFrom: z.iso.date(),
  screeningDueDate: z.iso.date(),
  preReleaseReviewDueDate: z.iso.date().nullable(),
})
