import { z } from 'zod'
import {
  optionalText,
  requiredDate,
  requiredText,
  uuidField,
  type Clock,
  INT4_MAX,
} from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { personParams } from '../../platform/validation/params.ts'
import { instantResponse } from '../../platform/validation/response-fields.ts'
import { personResponse } from '../people/index.ts'
import {
  ACTION_OWNERS,
  ACTION_PROGRESS,
  NEED_STATUSES,
  NEEDS_CATALOGUE,
  PATHWAY_KEYS,
  SCREENING_KINDS,
  URGENCIES,
  WOMENS_NEED_ANSWERS,
  WOMENS_NEED_KEYS,
  type PathwayKey,
  type WomensNeedKey,
} from './needs.catalogue.ts'
import { DEADLINE_STATES, PATHWAY_CHANGES } from './needs.rules.ts'
import { screeningFromForm } from './screening-form.ts'

/** Blank form fields and nulls count as not given. */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

const version = z.coerce
  .number({ error: 'Send the version of the record you are changing' })
  .int()
  .min(1)
  .max(INT4_MAX, { error: 'Send the version of the record you are changing' })

/** Only the two kinds of screening have addresses. */
export const screeningParams = personParams.extend({
  kind: z.enum(SCREENING_KINDS, { error: 'Use arrival or pre-release for the kind of screening' }),
})
export const actionParams = personParams.extend({ actionId: uuidField('the action') })

/** One pathway's answer. "No need" has no urgency; any other status needs one. */
function pathwayAnswerSchema(label: string) {
  const name = lowerFirst(label)
  return z
    .object(
      {
        status: z.enum(NEED_STATUSES, { error: `Select a status for ${name}` }),
        urgency: z.preprocess(
          blankToUndefined,
          z.enum(URGENCIES, { error: `Select how pressing the ${name} need is` }).optional(),
        ),
        ownWords: optionalText(`what the person says about ${name}`, 1000),
      },
      { error: `Select a status for ${name}` },
    )
    .transform((answer, ctx) => {
      const urgency = answer.status === 'no-need' ? null : (answer.urgency ?? null)
      if (answer.status !== 'no-need' && !urgency) {
        ctx.addIssue({ code: 'custom', path: ['urgency'], message: `Select how pressing the ${name} need is` })
      }
      return { status: answer.status, urgency, ownWords: answer.ownWords ?? null }
    })
}

type PathwayAnswerSchema = ReturnType<typeof pathwayAnswerSchema>

/** The longest each pathway's answer may be, for the character counts of the screening form. */
export const PATHWAY_ANSWER_LIMITS = maxLengths(pathwayAnswerSchema('the pathway'))

const pathwaysSchema = z.object(
  Object.fromEntries(NEEDS_CATALOGUE.pathways.map(p => [p.key, pathwayAnswerSchema(p.label)])) as Record<
    PathwayKey,
    PathwayAnswerSchema
  >,
  { error: 'Answer for every pathway' },
)

const womensNeedMessage = (label: string) => `Answer the question about ${lowerFirst(label)}`

function womensNeedAnswerSchema(label: string) {
  return z.preprocess(blankToUndefined, z.enum(WOMENS_NEED_ANSWERS, { error: womensNeedMessage(label) }).optional())
}

const womensNeedsSchema = z
  .object(
    Object.fromEntries(NEEDS_CATALOGUE.womensNeeds.map(n => [n.key, womensNeedAnswerSchema(n.label)])) as Record<
      WomensNeedKey,
      ReturnType<typeof womensNeedAnswerSchema>
    >,
  )
  .optional()

/**
 * A screening, on arrival or before release: whether the questions for women apply, then every pathway. The questions
 * for women must all be answered when they apply (checked even when other answers are wrong, so that the form lists
 * every fault at once), and are not kept when they do not.
 */
export const screeningSchema = z
  .object({
    version: z.preprocess(blankToUndefined, version.optional()),
    womensNeedsApply: z
      .union([z.boolean(), z.enum(['yes', 'no'])], { error: 'Select whether the questions for women apply' })
      .transform(value => value === true || value === 'yes'),
    pathways: pathwaysSchema,
    womensNeeds: womensNeedsSchema,
  })
  .superRefine(
    (screening, ctx) => {
      if (screening.womensNeedsApply !== true) return
      for (const { key, label } of NEEDS_CATALOGUE.womensNeeds) {
        if (!screening.womensNeeds?.[key]) {
          ctx.addIssue({ code: 'custom', path: ['womensNeeds', key], message: womensNeedMessage(label) })
        }
      }
    },
    { when: () => true },
  )
  .transform(screening => ({
    ...screening,
    womensNeeds: screening.womensNeedsApply ? (screening.womensNeeds ?? {}) : {},
  }))

/** The screening form's flat fields (`pathways.health.status`) read in the screening's shape. */
export const screeningFormSchema = z.preprocess(
  body => screeningFromForm((body ?? {}) as Record<string, unknown>),
  screeningSchema,
)

const ownerFields = {
  owner: z.enum(ACTION_OWNERS, { error: 'Select who will do it' }),
  ownerName: optionalText('the name of who will do it', 200),
}

/** Someone else must be named. Checked even when other fields are wrong, so that the form lists every fault at once. */
function checkOwner(action: { owner: string; ownerName?: string | undefined }, ctx: z.RefinementCtx) {
  if (action.owner === 'other' && !action.ownerName) {
    ctx.addIssue({ code: 'custom', path: ['ownerName'], message: 'Enter the name of who will do it' })
  }
}

const description = requiredText('what will be done', 500)
const dueDate = requiredDate('the due date')
const progressNote = optionalText('the progress note', 1000)

/** A new action is due today or later: today is the service's clock. */
export function addActionSchema(today: Clock) {
  return z
    .object({
      pathway: z.enum(PATHWAY_KEYS, { error: 'Select the need this action is for' }),
      description,
      ...ownerFields,
      dueDate,
    })
    .superRefine(
      (action, ctx) => {
        checkOwner(action, ctx)
        if (typeof action.dueDate === 'string' && action.dueDate < today()) {
          ctx.addIssue({ code: 'custom', path: ['dueDate'], message: DUE_DATE_IN_PAST })
        }
      },
      { when: () => true },
    )
}

export const DUE_DATE_IN_PAST = 'The due date must be today or in the future'

export const updateActionSchema = z
  .object({
    version,
    description,
    ...ownerFields,
    dueDate,
    progress: z.enum(ACTION_PROGRESS, { error: 'Select the progress' }),
    progressNote,
  })
  .superRefine(checkOwner, { when: () => true })

export const completeActionSchema = z.object({ version, progressNote })

export type ScreeningInput = z.output<typeof screeningSchema>
export type AddActionInput = z.output<ReturnType<typeof addActionSchema>>
export type UpdateActionInput = z.output<typeof updateActionSchema>
export type CompleteActionInput = z.output<typeof completeActionSchema>

/** What the API answers: the needs summary, a screening, and what a save gives back. */
const isoDate = z.iso.date()

const pathwayAnswerResponse = z.object({
  status: z.enum(NEED_STATUSES),
  urgency: z.enum(URGENCIES).nullable(),
  ownWords: z.string().nullable(),
})

export const screeningResponse = z.object({
  id: z.uuid(),
  kind: z.enum(SCREENING_KINDS),
  screenedOn: isoDate,
  screenedBy: z.string(),
  updatedAt: instantResponse(),
  version: z.number().int(),
  womensNeedsApply: z.boolean(),
  /** Keyed by pathway; a screening recorded before a pathway joined the catalogue has no answer for it. */
  pathways: z.record(z.string(), pathwayAnswerResponse),
  womensNeeds: z.record(z.string(), z.enum(WOMENS_NEED_ANSWERS)),
})

const deadlineResponse = z.object({
  dueDate: isoDate.nullable(),
  doneOn: isoDate.nullable(),
  state: z.enum(DEADLINE_STATES),
  days: z.number().int().nullable(),
  words: z.string(),
})

export const actionResponse = z.object({
  id: z.uuid(),
  pathway: z.string(),
  description: z.string(),
  owner: z.enum(ACTION_OWNERS),
  ownerName: z.string().nullable(),
  dueDate: isoDate,
  progress: z.enum(ACTION_PROGRESS),
  progressNote: z.string().nullable(),
  completedOn: isoDate.nullable(),
  version: z.number().int(),
  overdue: z.boolean(),
})

/** The custody episode as the people feature gives it, with the key dates derived from it; named here in part. */
const episodeResponse = z.looseObject({
  id: z.uuid(),
  arrivalDate: isoDate,
  releaseDate: isoDate.nullable(),
  derived: z
    .looseObject({
      earliestReleaseDate: isoDate.nullable(),
      screeningDueDate: isoDate,
      preReleaseReviewDueDate: isoDate.nullable(),
    })
    .nullable(),
})

/** Without a custody episode there is nothing to screen: only the person, the episode (null) and today. */
export const needsSummaryResponse = z.object({
  person: personResponse,
  episode: episodeResponse.nullable(),
  canEdit: z.boolean(),
  today: isoDate,
  deadlines: z.object({ arrival: deadlineResponse, preRelease: deadlineResponse }).optional(),
  screenings: z.object({ arrival: screeningResponse.nullable(), preRelease: screeningResponse.nullable() }).optional(),
  pathways: z
    .array(
      z.object({
        key: z.enum(PATHWAY_KEYS),
        label: z.string(),
        latest: pathwayAnswerResponse.extend({ kind: z.enum(SCREENING_KINDS) }).nullable(),
        change: z.enum(PATHWAY_CHANGES).nullable(),
        womensNeeds: z.array(z.enum(WOMENS_NEED_KEYS)),
      }),
    )
    .optional(),
  womensNeeds: z
    .array(
      z.object({
        need: z.enum(WOMENS_NEED_KEYS),
        arrival: z.enum(WOMENS_NEED_ANSWERS).nullable(),
        preRelease: z.enum(WOMENS_NEED_ANSWERS).nullable(),
        changed: z.boolean(),
      }),
    )
    .optional(),
  pathwaysWithNeed: z.array(z.enum(PATHWAY_KEYS)).optional(),
  actions: z.array(actionResponse).optional(),
})

export const screeningSavedResponse = z.object({
  id: z.uuid(),
  kind: z.enum(SCREENING_KINDS),
  version: z.number().int(),
  created: z.boolean(),
})

export const actionSavedResponse = z.object({ id: z.uuid(), version: z.number().int() })
