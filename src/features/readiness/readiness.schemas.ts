import { z } from 'zod'
import { dateField, flag, optionalText, requiredDate, requiredText } from '../../platform/validation/fields.ts'
import { ITEMS, NOTE_FIELD, type FieldDefinition } from './readiness-items.ts'
import { ITEM_KEYS, ITEM_STATUSES, statusProblems, type ItemKey } from './readiness.rules.ts'
import { parseTime } from './time-of-day.ts'

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value

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

const version = z.coerce
  .number({ error: 'Send the version of the item you are changing (0 if it has never been saved)' })
  .int()
  .min(0)

/**
 * One item's input: its status, its details, an optional note, and the version read (0 for an item never
 * saved). Marking it met without the detail it needs, or not needed where it cannot be, is refused here.
 */
function itemSchema(item: ItemKey) {
  const details = Object.fromEntries(ITEMS[item].fields.map(field => [field.name, validatorOf(field)]))
  return z
    .object({
      status: z.enum(ITEM_STATUSES, { error: 'Select the status' }),
      ...details,
      note: validatorOf(NOTE_FIELD),
      version,
    })
    .superRefine(
      (input, ctx) => {
        for (const { field, message } of statusProblems(item, input.status, input, input.note as string | undefined)) {
          ctx.addIssue({ code: 'custom', path: [field], message })
        }
      },
      { when: everyField },
    )
}

export const ITEM_SCHEMAS = Object.fromEntries(ITEM_KEYS.map(item => [item, itemSchema(item)])) as Record<
  ItemKey,
  ReturnType<typeof itemSchema>
>

export type ItemInput = z.output<ReturnType<typeof itemSchema>>

/** The detail fields of an item's parsed input: what is stored as its details. */
export function detailsOf(item: ItemKey, input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    ITEMS[item].fields.filter(f => input[f.name] !== undefined).map(f => [f.name, input[f.name]]),
  )
}

/** A referral under the duty to refer: it can only be sent with the person's consent. */
export const housingReferralSchema = z
  .object({
    council: requiredText('the council the referral was sent to', 120),
    sentOn: requiredDate('the date the referral was sent'),
    consent: flag(),
    reference: optionalText('the council’s reference', 50),
  })
  .superRefine(
    (referral, ctx) => {
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

export type HousingReferralInput = z.output<typeof housingReferralSchema>
