import { z } from 'zod'
import type { CurrentUser } from '../../platform/auth/current-user.ts'
import { optionalText, requiredDate, requiredText, uuidField, INT4_MAX } from '../../platform/validation/fields.ts'
import { messageKey } from '../../platform/validation/parse.ts'
import { personParams } from '../../platform/validation/params.ts'
import { personResponse } from '../people/index.ts'
import { CONDITION_CATEGORY_KEYS } from './licence-conditions.ts'
import {
  AUTHOR_ROLES,
  CONTROL_TYPES,
  GOAL_KINDS,
  OWNER_KINDS,
  STEP_STATUSES,
  type OwnerKind,
  type Section,
} from './plan-content.ts'
import { isThePerson } from './plans.policy.ts'

/** The plan revision the user read (0 before there is a plan): a save over a later one is refused. */
const revision = z.coerce
  .number({ error: messageKey('plans:errors.revision') })
  .int(messageKey('plans:errors.revision'))
  .min(0, messageKey('plans:errors.revision'))
  .max(INT4_MAX, messageKey('plans:errors.revision'))

const choice = <T extends readonly [string, ...string[]]>(values: T, error: string) => z.enum(values, { error })

/** Cross-field rules run even when another field is wrong, so that a form lists every fault at once. */
const always = { when: () => true }

export const GOAL_MAX = 500

export const goalSchema = z.object({
  text: requiredText('the goal', GOAL_MAX),
  kind: choice(GOAL_KINDS, 'Select whether this is the person’s own goal or a compliance goal'),
  pathway: optionalText('the pathway', 60),
  buildsOn: optionalText('what the goal builds on', 500),
  revision,
})

/**
 * The person writes a goal in their own words; what kind it is and where it fits are the practitioner's work. Its
 * messages, like those of every form the person fills in, are locale keys: said in the person's language.
 */
export const personGoalSchema = z.object({
  text: requiredText('your goal', GOAL_MAX, {
    required: messageKey('plans:errors.goal.required'),
    tooLong: messageKey('plans:errors.goal.tooLong'),
  }),
  revision,
})

/** A goal as a practitioner writes it, or as the person does: which one is parsed depends on who sends it. */
export const goalBodySchema = z.union([goalSchema, personGoalSchema])
export const goalSchemaFor = (user: CurrentUser) => (isThePerson(user) ? personGoalSchema : goalSchema)

const NAMED_OWNERS: Partial<Record<OwnerKind, string>> = {
  partner: 'Enter the name of the partner organisation',
  supporter: 'Enter the name of the family member or supporter',
}

export const stepSchema = z
  .object({
    goalId: z.uuid({ error: 'Select the goal this step is for' }),
    text: requiredText('the step', 300),
    ownerKind: choice(OWNER_KINDS, 'Select who will do this step'),
    ownerName: optionalText('the owner’s name', 100),
    dueDate: requiredDate('the due date'),
    status: choice(STEP_STATUSES, 'Select the status of the step').default('not-started'),
    revision,
  })
  .superRefine((step, ctx) => {
    // Read only the owners named here: the owner may be anything when it is itself wrong.
    const missing = Object.hasOwn(NAMED_OWNERS, step.ownerKind) ? NAMED_OWNERS[step.ownerKind] : undefined
    if (missing && !step.ownerName) {
      ctx.addIssue({ code: 'custom', path: ['ownerName'], message: missing })
    }
  }, always)

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

/** Each section's item as a practitioner writes it; the person's goal is `personGoalSchema`. */
export const ITEM_SCHEMAS = {
  goals: goalSchema,
  steps: stepSchema,
  controls: controlSchema,
  conditions: conditionSchema,
  supporters: supporterSchema,
} as const satisfies Record<Section, z.ZodType>

/** What each section's routes take: for goals, either the practitioner's or the person's. */
export const ITEM_BODIES = { ...ITEM_SCHEMAS, goals: goalBodySchema } as const satisfies Record<Section, z.ZodType>

export type ItemInput<S extends Section> = z.output<(typeof ITEM_BODIES)[S]>

export const removeSchema = z.object({ revision })

export const stepStatusSchema = z.object({
  status: choice(STEP_STATUSES, messageKey('plans:errors.stepStatus')),
  revision,
})

/** A goal marked achieved (today), or marked not achieved after all. */
export const goalAchievedSchema = z.object({
  achieved: z.preprocess(
    value => (value === 'yes' ? true : value === 'no' ? false : value),
    z.boolean({ error: 'Select yes if the goal is achieved, or no if it is not' }),
  ),
  revision,
})

/** The plan page after a goal is marked achieved names it, to offer to record it as an achievement. */
export const planPageQuery = z.object({ achieved: z.uuid().optional() })

/** Checkboxes send nothing, one value or several; JSON sends a list. */
const idList = z.preprocess(
  value => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid({ error: messageKey('plans:errors.steps') })).max(200),
)

export const agreementSchema = z
  .object({
    agreed: z.preprocess(
      value => (value === 'yes' ? true : value === 'no' ? false : value),
      z.boolean({ error: messageKey('plans:errors.agreed') }),
    ),
    comments: optionalText('your comments', 1000, { tooLong: messageKey('plans:errors.comments.tooLong') }),
    disagreedStepIds: idList,
    /** The plan version the answer is about: an answer to a version since replaced is refused. */
    version: z.coerce
      .number({ error: messageKey('plans:errors.version') })
      .int(messageKey('plans:errors.version'))
      .min(1, messageKey('plans:errors.version'))
      .max(INT4_MAX, messageKey('plans:errors.version')),
  })
  .superRefine((answer, ctx) => {
    if (answer.agreed === false && !answer.comments) {
      ctx.addIssue({ code: 'custom', path: ['comments'], message: messageKey('plans:errors.comments.whatNot') })
    }
  }, always)

export type AgreementInput = z.infer<typeof agreementSchema>
export type RemoveInput = z.infer<typeof removeSchema>
export type StepStatusInput = z.infer<typeof stepStatusSchema>
export type GoalAchievedInput = z.infer<typeof goalAchievedSchema>

export const planItemParams = personParams.extend({ itemId: uuidField('the part of the plan') })

/** What the API answers: a plan as `planView` makes it, its history as `planHistory` does. */
const author = z.object({ userId: z.uuid(), name: z.string(), role: z.enum(AUTHOR_ROLES) })
const item = { id: z.uuid(), by: author, changedBy: author.optional() }

const stepResponse = z.object({
  ...item,
  goalId: z.uuid(),
  text: z.string(),
  owner: z.object({ kind: z.enum(OWNER_KINDS), name: z.string().nullable() }),
  dueDate: z.iso.date(),
  status: z.enum(STEP_STATUSES),
  ownerText: z.string(),
  ownerPlain: z.string(),
  statusName: z.string(),
  statusPlain: z.string(),
  overdue: z.boolean(),
  forPerson: z.boolean(),
  addedBy: z.string(),
  /** Who last set the status, in words. */
  statusBy: z.string().nullable(),
})

const answerResponse = z.object({
  versionNumber: z.number().int(),
  agreed: z.boolean(),
  comments: z.string().nullable(),
  disagreedStepIds: z.array(z.uuid()),
  recordedOn: z.iso.date(),
  recordedBy: z.string(),
  recordedByRole: z.enum(AUTHOR_ROLES),
  /** The words of the steps not agreed with. */
  disagreedSteps: z.array(z.string()),
})

const planViewResponse = z.object({
  revision: z.number().int(),
  exists: z.boolean(),
  goals: z.array(
    z.object({
      id: z.uuid(),
      by: author,
      text: z.string(),
      kind: z.enum(GOAL_KINDS),
      pathway: z.string().nullable(),
      buildsOn: z.string().nullable(),
      achievedOn: z.iso.date().nullable(),
      achievedBy: z.string().nullable(),
      /** Whether it is recorded as an achievement in the strengths profile. */
      recordedAsAchievement: z.boolean(),
      /** The strengths of the person's strengths profile that build on it. */
      strengths: z.array(z.object({ id: z.uuid(), categoryName: z.string(), text: z.string() })),
      kindName: z.string(),
      pathwayName: z.string().nullable(),
      writtenBy: z.string(),
      writtenByPerson: z.boolean(),
      changedBy: z.string().nullable(),
      steps: z.array(stepResponse),
    }),
  ),
  /** The person's strengths, from their strengths profile (the plan holds none of its own). */
  strengths: z.array(
    z.object({
      id: z.uuid(),
      category: z.string(),
      categoryName: z.string(),
      text: z.string(),
      goalIds: z.array(z.string()),
    }),
  ),
  controls: z.array(
    z.object({
      type: z.enum(CONTROL_TYPES),
      staff: z.string(),
      plain: z.string(),
      items: z.array(z.object({ ...item, type: z.enum(CONTROL_TYPES), text: z.string() })),
    }),
  ),
  standardConditions: z.array(z.object({ key: z.string(), condition: z.string(), meaning: z.string() })).readonly(),
  conditions: z.array(
    z.object({
      ...item,
      category: z.enum(CONDITION_CATEGORY_KEYS),
      text: z.string(),
      meaning: z.string(),
      categoryName: z.string(),
    }),
  ),
  supporters: z.array(
    z.object({ ...item, name: z.string(), relationship: z.string(), shares: z.string(), part: z.string() }),
  ),
  warnings: z.object({ balance: z.boolean(), welfare: z.array(z.string()) }),
  version: z.object({ number: z.number().int().nullable(), answer: answerResponse.nullable() }),
  pathways: z.array(z.object({ key: z.string(), label: z.string(), hasNeed: z.boolean() })),
})

export const planResponse = z.object({
  person: personResponse,
  canEdit: z.boolean(),
  forPerson: z.boolean(),
  nextAppointment: z.object({ date: z.string(), time: z.string(), place: z.string() }).nullable(),
  plan: planViewResponse,
})

export const historyResponse = z.object({
  person: personResponse,
  forPerson: z.boolean(),
  versions: z.array(
    z.object({
      number: z.number().int(),
      changedBy: z.string(),
      changedAt: z.iso.datetime(),
      changes: z.array(z.string()),
      answers: z.array(answerResponse),
    }),
  ),
})

/** A save: the plan's revision now (send it with the next change) and the version it belongs to. */
export const savedResponse = z.object({ revision: z.number().int(), versionNumber: z.number().int().nullable() })

export const agreementResponse = z.object({ id: z.uuid(), versionNumber: z.number().int(), agreed: z.boolean() })
