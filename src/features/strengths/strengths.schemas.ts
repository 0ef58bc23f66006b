import { z } from 'zod'
import { idList, optionalText, requiredDate, requiredText, uuidField } from '../../platform/validation/fields.ts'
import { messageKey } from '../../platform/validation/parse.ts'
import { personParams } from '../../platform/validation/params.ts'
import { instantResponse } from '../../platform/validation/response-fields.ts'
import { personResponse } from '../people/index.ts'
import { EVIDENCE_TYPES } from './evidence.rules.ts'
import { ACHIEVEMENT_KINDS, GIVING_BACK_KINDS, STRENGTH_CATEGORIES, WRITTEN_BY } from './strengths.wording.ts'

export const strengthSchema = z.object({
  category: z.enum(STRENGTH_CATEGORIES, { error: 'Select what kind of strength this is' }),
  text: requiredText('the strength, in the person’s words', 300),
  goalIds: idList('the goals that build on it'),
})
export type StrengthInput = z.output<typeof strengthSchema>

export const achievementSchema = z.object({
  kind: z.enum(ACHIEVEMENT_KINDS, { error: 'Select what kind of achievement this is' }),
  title: requiredText('what was achieved', 200),
  achievedOn: requiredDate('the date it was achieved'),
  details: optionalText('more about it', 1000),
  /** The plan goal it was achieved as, when it comes from one: a goal becomes one achievement at most. */
  goalId: z.preprocess(v => (v === '' ? undefined : v), z.uuid({ error: 'Select a goal of the plan' }).optional()),
})
export type AchievementInput = z.output<typeof achievementSchema>

/**
 * The same forms as the person fills them in on their own page (`/your-strengths`): the same fields, each problem
 * said to them in their own words and language (locale keys, `strengths:errors`).
 */
export const personStrengthSchema = strengthSchema.extend({
  category: z.enum(STRENGTH_CATEGORIES, { error: messageKey('strengths:errors.category') }),
  text: requiredText('what you are good at', 300, {
    required: messageKey('strengths:errors.text.required'),
    tooLong: messageKey('strengths:errors.text.tooLong'),
  }),
}) satisfies z.ZodType<StrengthInput>

export const personAchievementSchema = achievementSchema.extend({
  kind: z.enum(ACHIEVEMENT_KINDS, { error: messageKey('strengths:errors.kind') }),
  title: requiredText('what you did', 200, {
    required: messageKey('strengths:errors.title.required'),
    tooLong: messageKey('strengths:errors.title.tooLong'),
  }),
  achievedOn: requiredDate('when you did it', {
    words: {
      required: messageKey('strengths:errors.achievedOn.required'),
      missingYear: messageKey('strengths:errors.achievedOn.missingYear'),
      notReal: messageKey('strengths:errors.achievedOn.notReal'),
      tooEarly: messageKey('strengths:errors.achievedOn.tooEarly'),
    },
  }),
  details: optionalText('more about it', 1000, { tooLong: messageKey('strengths:errors.details.tooLong') }),
}) satisfies z.ZodType<AchievementInput>

export const confirmationSchema = z.object({
  organisation: optionalText('the organisation that confirmed it', 200),
})

export const givingBackSchema = z.object({
  kind: z.enum(GIVING_BACK_KINDS, { error: 'Select the kind of giving back' }),
  organisation: requiredText('the organisation', 200),
  role: requiredText('the role', 200),
  startedOn: requiredDate('the date they started'),
  hours: z.coerce
    .number({ error: 'Enter the hours as a number' })
    .int('Enter the hours as a whole number')
    .min(0, 'The hours must be 0 or more')
    .max(100000, 'The hours must be 100000 or fewer'),
})
export type GivingBackInput = z.output<typeof givingBackSchema>

export const strengthParams = personParams.extend({ strengthId: uuidField('the strength') })
export const goalParams = personParams.extend({ goalId: uuidField('the goal') })
/** The achievement form, filled in from an achieved plan goal. */
export const achievementFormQuery = z.object({ goalId: z.uuid().optional() })
export const achievementParams = personParams.extend({ achievementId: uuidField('the achievement') })

const author = z.object({ name: z.string(), role: z.enum(WRITTEN_BY) })

export const strengthResponse = z.object({
  id: z.uuid(),
  category: z.enum(STRENGTH_CATEGORIES),
  categoryName: z.string(),
  text: z.string(),
  goalIds: z.array(z.string()),
  /** The goals of the current plan that build on it (a goal since removed from the plan is not among them). */
  goals: z.array(z.object({ id: z.string(), text: z.string() })),
  writtenBy: author,
  addedAt: instantResponse(),
})

export const achievementResponse = z.object({
  id: z.uuid(),
  kind: z.enum(ACHIEVEMENT_KINDS),
  kindName: z.string(),
  title: z.string(),
  achievedOn: z.iso.date(),
  details: z.string().nullable(),
  recordedBy: author,
  confirmed: z.object({ by: z.string(), on: z.iso.date(), organisation: z.string().nullable() }).nullable(),
  evidence: z.object({ type: z.enum(EVIDENCE_TYPES), size: z.number().int() }).nullable(),
  goalId: z.uuid().nullable(),
})

export const givingBackResponse = z.object({
  id: z.uuid(),
  kind: z.enum(GIVING_BACK_KINDS),
  kindName: z.string(),
  organisation: z.string(),
  role: z.string(),
  startedOn: z.iso.date(),
  hours: z.number().int(),
})

export const strengthsOverviewResponse = z.object({
  person: personResponse,
  strengths: z.array(strengthResponse),
  achievements: z.array(achievementResponse),
  givingBack: z.array(givingBackResponse),
  totalHours: z.number().int(),
  /** The goals of the person's current plan, to link strengths to. */
  goals: z.array(z.object({ id: z.string(), text: z.string(), achievedOn: z.iso.date().nullable() })),
  /** Goals achieved in the plan and not yet recorded as achievements. */
  achievedGoals: z.array(z.object({ id: z.string(), text: z.string(), achievedOn: z.iso.date().nullable() })),
  canEdit: z.boolean(),
  canConfirm: z.boolean(),
})

export const createdResponse = z.object({ id: z.uuid() })
