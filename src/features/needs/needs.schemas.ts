import { z } from 'zod'
import { optionalText, requiredDate, requiredText } from '../../platform/validation/fields.ts'
import {
  ACTION_OWNERS,
  ACTION_PROGRESS,
  NEED_STATUSES,
  NEEDS_CATALOGUE,
  PATHWAY_KEYS,
  SCREENING_KINDS,
  URGENCIES,
  WOMENS_NEED_ANSWERS,
  type PathwayKey,
  type WomensNeedKey,
} from './needs.catalogue.ts'

/** Blank form fields and nulls count as not given. */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

const version = z.coerce.number({ error: 'Send the version of the record you are changing' }).int().min(1)

export const screeningKindSchema = z.enum(SCREENING_KINDS)

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

export const addActionSchema = z
  .object({
    pathway: z.enum(PATHWAY_KEYS, { error: 'Select the need this action is for' }),
    description,
    ...ownerFields,
    dueDate,
  })
  .superRefine(checkOwner, { when: () => true })

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
export type AddActionInput = z.output<typeof addActionSchema>
export type UpdateActionInput = z.output<typeof updateActionSchema>
export type CompleteActionInput = z.output<typeof completeActionSchema>
