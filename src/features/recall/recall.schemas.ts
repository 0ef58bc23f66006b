import { z } from 'zod'
import {
  flag,
  optionalId,
  optionalText,
  requiredDate,
  requiredText,
  uuidField,
} from '../../platform/validation/fields.ts'
import { personParams } from '../../platform/validation/params.ts'
import { personResponse } from '../people/index.ts'
import { ALTERNATIVES, breachRecordProblems, DECISIONS, RISK_LEVELS } from './recall.rules.ts'

/** Checkboxes send nothing, one value or several; JSON sends a list. */
const alternativeList = z.preprocess(
  value => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(ALTERNATIVES, { error: 'Select the alternatives from the list' })).max(ALTERNATIVES.length),
)

const breachFields = z.object({
  breachDate: requiredDate('the date of the breach'),
  whatHappened: requiredText('what happened', 4000),
  personAccount: optionalText('the person’s account', 4000),
  accountNotTakenReason: optionalText('why the account could not be taken', 1000),
  alternatives: alternativeList,
  alternativesNotes: optionalText('the notes on alternatives', 2000),
  riskNow: z.enum(RISK_LEVELS, { error: 'Select the risk now' }),
  riskNotes: requiredText('why the risk is at that level now', 2000),
  extendedSentence: flag(),
  recommendation: z.enum(DECISIONS, { error: 'Select your recommendation' }),
  recommendationReason: requiredText('the reason for your recommendation', 2000),
  expectedNow: requiredText('what is expected of the person now', 1000),
  contactNumber: z.preprocess(
    value => (typeof value === 'string' ? value.trim() : value),
    z
      .string({ error: 'Enter a contact number' })
      .min(1, 'Enter a contact number')
      .regex(/^\+?[0-9 ()-]{6,20}$/, 'Enter a contact number, like 0300 123 4567'),
  ),
  correctsId: optionalId('the decision being corrected'),
  correctionReason: optionalText('the reason for the correction', 1000),
})

/** The breach record and the practitioner's recommendation; a correction names what it corrects, and why. */
export const breachRecordSchema = breachFields.superRefine((record, ctx) => {
  for (const { field, message } of breachRecordProblems(record))
    ctx.addIssue({ code: 'custom', path: [field], message })
  if (record.correctsId && !record.correctionReason) {
    ctx.addIssue({ code: 'custom', path: ['correctionReason'], message: 'Enter the reason for the correction' })
  }
})

export const countersignSchema = z.object({
  decision: z.enum(DECISIONS, { error: 'Select the decision' }),
  rationale: requiredText('the rationale for the decision', 4000),
})

export type BreachRecordInput = z.infer<typeof breachRecordSchema>
export type CountersignInput = z.infer<typeof countersignSchema>

/** What the API answers: a review as `toReview` makes it, and the pages around it. */
const fixedTerm = z.object({
  suitable: z.boolean(),
  days: z.union([z.literal(14), z.literal(28)]).nullable(),
  reason: z.string(),
})

const staffMember = z.object({ id: z.uuid(), name: z.string().nullable() })

export const reviewResponse = z.object({
  id: z.uuid(),
  breachDate: z.iso.date(),
  whatHappened: z.string(),
  personAccount: z.string().nullable(),
  accountNotTakenReason: z.string().nullable(),
  alternatives: z.array(z.enum(ALTERNATIVES)),
  alternativesNotes: z.string().nullable(),
  riskNow: z.enum(RISK_LEVELS),
  riskNotes: z.string(),
  extendedSentence: z.boolean(),
  recommendation: z.enum(DECISIONS),
  recommendationReason: z.string(),
  expectedNow: z.string(),
  contactNumber: z.string(),
  recommendedBy: staffMember,
  recommendedOn: z.iso.date(),
  correctsId: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  status: z.enum(['decided', 'awaiting-countersignature']),
  decision: z.enum(DECISIONS).nullable(),
  rationale: z.string().nullable(),
  countersignedBy: staffMember.nullable(),
  countersignedOn: z.iso.date().nullable(),
  fixedTerm,
  /** What the person is told of the decision, a paragraph an item. */
  explanation: z.array(z.string()).nullable(),
})

export const recallOverviewResponse = z.object({
  person: personResponse,
  reviews: z.array(reviewResponse),
  fixedTerm,
  canRecommend: z.boolean(),
  canCountersign: z.boolean(),
})

export const oneReviewResponse = z.object({
  person: personResponse,
  review: reviewResponse,
  canCountersign: z.boolean(),
  ownRecommendation: z.boolean(),
  canCorrect: z.boolean(),
})

export const reviewParams = personParams.extend({ reviewId: uuidField('the recall review') })
export const correctsQuery = z.object({ corrects: optionalId('the decision being corrected') })
