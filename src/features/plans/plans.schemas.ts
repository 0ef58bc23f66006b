import { z } from 'zod'
import { optionalText, requiredDate, requiredText } from '../../platform/validation/fields.ts'
import { CONDITION_CATEGORY_KEYS } from './licence-conditions.ts'
import { CONTROL_TYPES, GOAL_KINDS, OWNER_KINDS, STEP_STATUSES, STRENGTH_TYPES, type Section } from './plan-content.ts'

/** The plan revision the user read (0 before there is a plan): a save over a later one is refused. */
const revision = z.coerce
  .number({ error: 'Send the revision of the plan you read' })
  .int('Send the revision of the plan you read')
  .min(0, 'Send the revision of the plan you read')

const choice = <T extends readonly [string, ...string[]]>(values: T, error: string) => z.enum(values, { error })

export const GOAL_MAX = 500

export const goalSchema = z.object({
  text: requiredText('the goal', GOAL_MAX),
  kind: choice(GOAL_KINDS, 'Select whether this is the person’s own goal or a compliance goal'),
  pathway: optionalText('the pathway', 60),
  buildsOn: optionalText('what the goal builds on', 500),
  revision,
})

/** The person writes a goal in their own words; what kind it is and where it fits are the practitioner's work. */
export const personGoalSchema = z.object({
  text: requiredText('your goal', GOAL_MAX),
  revision,
})

const stepFields = z.object({
  goalId: z.uuid({ error: 'Select the goal this step is for' }),
  text: requiredText('the step', 300),
  ownerKind: choice(OWNER_KINDS, 'Select who will do this step'),
  ownerName: optionalText('the owner’s name', 100),
  dueDate: requiredDate('the due date'),
  status: choice(STEP_STATUSES, 'Select the status of the step').default('not-started'),
  revision,
})

const NAMED_OWNERS: Record<string, string> = {
  partner: 'Enter the name of the partner organisation',
  supporter: 'Enter the name of the family member or supporter',
}

export const stepSchema = stepFields.superRefine((step, ctx) => {
  const missing = NAMED_OWNERS[step.ownerKind]
  if (missing && !step.ownerName) ctx.addIssue({ code: 'custom', path: ['ownerName'], message: missing })
})

export const strengthSchema = z.object({
  type: choice(STRENGTH_TYPES, 'Select whether this is a strength or a protective factor'),
  text: requiredText('the strength or protective factor', 300),
  revision,
})

export const controlSchema = z.object({
  type: choice(CONTROL_TYPES, 'Select a trigger, a warning sign or what helps the person cope'),
  text: requiredText('the internal control, in the person’s words', 300),
  revision,
})

export const conditionSchema = z.object({
  category: choice(CONDITION_CATEGORY_KEYS, 'Select the category of the licence condition'),
  text: requiredText('the licence condition as written', 500),
  meaning: requiredText('what it means, in plain words', 300),
  revision,
})

export const supporterSchema = z.object({
  name: requiredText('the supporter’s name', 100),
  relationship: requiredText('how they know the person', 100),
  shares: requiredText('what the person consents to share with them', 300),
  part: requiredText('their part in the plan', 300),
  revision,
})

export const ITEM_SCHEMAS = {
  goals: goalSchema,
  steps: stepSchema,
  strengths: strengthSchema,
  controls: controlSchema,
  conditions: conditionSchema,
  supporters: supporterSchema,
} as const satisfies Record<Section, z.ZodType>

export const removeSchema = z.object({ revision })

export const stepStatusSchema = z.object({
  status: choice(STEP_STATUSES, 'Select the status of the step'),
  revision,
})

/** Checkboxes send nothing, one value or several; JSON sends a list. */
const idList = z.preprocess(
  value => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid({ error: 'Select steps from the list' })).max(200),
)

export const agreementSchema = z
  .object({
    agreed: z.preprocess(
      value => (value === 'yes' ? true : value === 'no' ? false : value),
      z.boolean({ error: 'Select yes if you agree with the plan, or no if you do not' }),
    ),
    comments: optionalText('your comments', 1000),
    disagreedStepIds: idList,
    /** The plan version the answer is about: an answer to a version since replaced is refused. */
    version: z.coerce.number({ error: 'Send the plan version you read' }).int().min(1),
  })
  .superRefine((answer, ctx) => {
    if (!answer.agreed && !answer.comments) {
      ctx.addIssue({ code: 'custom', path: ['comments'], message: 'Tell us what you do not agree with' })
    }
  })

export type AgreementInput = z.infer<typeof agreementSchema>
