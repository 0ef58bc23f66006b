import { z } from 'zod'
import {
  dateField,
  flag,
  INT4_MAX,
  optionalText,
  requiredDate,
  requiredText,
  type Clock,
} from '../../platform/validation/fields.ts'
import { instantResponse } from '../../platform/validation/response-fields.ts'
import { personResponse } from '../people/index.ts'
import { ITEMS, NOTE_FIELD, type FieldDefinition } from './readiness-items.ts'
import { ITEM_KEYS, ITEM_STATES, ITEM_STATUSES, RAGS, statusProblems, type ItemKey } from './readiness.rules.ts'
import { parseTime } from './time-of-day.ts'

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function optionalChoice(field: FieldDefinition) {
  const values = (field.choices ?? []).map(c => c.value) as [string, ...string[]]
  return z.preprocess(blankToUndefined, z.enum(values, { error: `Select ${field.noun} from the list` }).optional())
}

function optionalTime(field: FieldDefinition) {
  const message = `Enter ${field.noun} as a time, like 10:30am or 14:30`
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: message })
      .transform((value, ctx) => parseTime(value) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER))
      .optional()
      .meta({ description: 'A time of day: 14:30, 2:30pm or 2pm' }),
  )
}

/** The validator of one detail field, by its kind. None is required: marking an item met is what needs them. */
function validatorOf(field: FieldDefinition) {
  switch (field.kind) {
    case 'choice':
      return optionalChoice(field)
    case 'date':
      return dateField(field.noun, { required: false })
    case 'time':
      return optionalTime(field)
    case 'confirm':
      return flag()
    default:
      return optionalText(field.noun, field.maxLength ?? 100)
  }
}

/** Lets a rule across fields speak even when a field is wrong too, so that the form says everything at once. */
const everyField = (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null

/** A date that records something done, after today: the problem to report, or none. */
function afterToday(date: unknown, today: Clock, noun: string): string | null {
  return typeof date === 'string' && date > today() ? `${capitalise(noun)} must be today or in the past` : null
}

const version = z.coerce
  .number({ error: 'Send the version of the item you are changing (0 if it has never been saved)' })
  .int()
  .min(0)
  .max(INT4_MAX, { error: 'Send the version of the item you are changing (0 if it has never been saved)' })

/**
 * One item's input: its status, its details, an optional note, and the version read (0 for an item never
 * saved). Marking it met without the detail it needs, or not needed where it cannot be, is refused here, and so is
 * a date of something done that is after today.
 */
function itemSchema(item: ItemKey, today: Clock) {
  const fields = ITEMS[item].fields
  const details = Object.fromEntries(fields.map(field => [field.name, validatorOf(field)]))
  return z
    .object({
      status: z.enum(ITEM_STATUSES, { error: 'Select the status' }),
      ...details,
      note: validatorOf(NOTE_FIELD),
      version,
    })
    .superRefine(
      (input, ctx) => {
        const record = input as Record<string, unknown>
        const problems = [
          ...fields
            .filter(field => field.notAfterToday)
            .map(field => ({ field: field.name, message: afterToday(record[field.name], today, field.noun) })),
          // Checked beside the fields' own errors: a note that is not text (JSON may send a number) is its own error.
          ...statusProblems(item, input.status, input, typeof input.note === 'string' ? input.note : undefined),
        ]
        for (const { field, message } of problems) {
          if (message) ctx.addIssue({ code: 'custom', path: [field], message })
        }
      },
      { when: everyField },
    )
}

/** Every item's input schema, by item, with today from the service's clock. */
export function itemSchemas(today: Clock) {
  return Object.fromEntries(ITEM_KEYS.map(item => [item, itemSchema(item, today)])) as Record<
    ItemKey,
    ReturnType<typeof itemSchema>
  >
}

export type ItemInput = z.output<ReturnType<typeof itemSchema>>

/** The detail fields of an item's parsed input: what is stored as its details. */
export function detailsOf(item: ItemKey, input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    ITEMS[item].fields.filter(f => input[f.name] !== undefined).map(f => [f.name, input[f.name]]),
  )
}

/** A referral under the duty to refer: sent today or before, and only with the person's consent. */
export function housingReferralSchema(today: Clock) {
  return z
    .object({
      council: requiredText('the council the referral was sent to', 120),
      sentOn: requiredDate('the date the referral was sent'),
      consent: flag(),
      reference: optionalText('the council’s reference', 50),
    })
    .superRefine(
      (referral, ctx) => {
        const late = afterToday(referral.sentOn, today, 'the date the referral was sent')
        if (late) ctx.addIssue({ code: 'custom', path: ['sentOn'], message: late })
        if (!referral.consent) {
          ctx.addIssue({
            code: 'custom',
            path: ['consent'],
            message: 'Confirm that the person agreed to the referral: it cannot be sent without their consent',
          })
        }
      },
      { when: everyField },
    )
}

export type HousingReferralInput = z.output<ReturnType<typeof housingReferralSchema>>

/** What the API answers: the checklist, an item saved, a referral recorded and the release-day plan. */
const isoDate = z.iso.date()

export const itemResponse = z.object({
  key: z.enum(ITEM_KEYS),
  title: z.string(),
  status: z.enum(ITEM_STATUSES),
  dueDate: isoDate.nullable(),
  state: z.enum(ITEM_STATES),
  rag: z.enum(RAGS),
  /** The item's own fields (see each item's PUT), as recorded. */
  details: z.record(z.string(), z.unknown()),
  /** One line of what a met item records. */
  recorded: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedAt: instantResponse().nullable(),
  updatedBy: z.string().nullable(),
})

const bankHoliday = z.object({ date: isoDate, title: z.string() })

const releaseDayCheckResponse = z.object({
  warnings: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('friday') }),
      z.object({ kind: z.literal('before-bank-holiday'), holiday: bankHoliday }),
      z.object({ kind: z.literal('bank-holidays-not-known'), knownUntil: isoDate }),
    ]),
  ),
  closedDaysAfter: z.array(isoDate),
})

const readinessResponse = z.object({
  releaseDate: isoDate.nullable(),
  releaseDayAndDate: z.string().nullable(),
  releaseDateEstimated: z.boolean(),
  released: z.boolean(),
  summary: z.object({
    rag: z.enum(RAGS),
    due: z.array(z.enum(ITEM_KEYS)),
    notYetDue: z.array(z.enum(ITEM_KEYS)),
    next: z.object({ item: z.enum(ITEM_KEYS), dueDate: isoDate }).nullable(),
    explanation: z.string(),
  }),
  items: z.array(itemResponse),
  housingDuty: z.object({
    referBy: isoDate.nullable(),
    daysToRelease: z.number().int().nullable(),
    flagged: z.boolean(),
    accommodationNeed: z.boolean(),
    referrals: z.array(
      z.object({
        id: z.uuid(),
        council: z.string(),
        sentOn: isoDate,
        reference: z.string().nullable(),
        recordedBy: z.string().nullable(),
        recordedAt: instantResponse(),
      }),
    ),
  }),
  releaseDay: releaseDayCheckResponse.nullable(),
})

export const checklistResponse = z.object({
  person: personResponse,
  canEdit: z.boolean(),
  /** Null without a custody episode: there is no release to get ready for. */
  readiness: readinessResponse.nullable(),
})

export const itemSavedResponse = z.object({ item: itemResponse })
export const referralSavedResponse = z.object({ id: z.uuid() })

export const releaseDayResponse = z.object({
  person: personResponse,
  forPerson: z.boolean(),
  releaseDate: isoDate.nullable(),
  releaseDay: releaseDayCheckResponse.nullable(),
  plan: z
    .object({
      sections: z.array(z.object({ heading: z.string(), lines: z.array(z.string()), recorded: z.string().optional() })),
      bring: z.array(z.string()),
    })
    .nullable(),
})
