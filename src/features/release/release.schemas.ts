import { z } from 'zod'
import type { FieldError } from '../../platform/errors/errors.ts'
import { dateField, optionalText, requiredDate, type Clock, INT4_MAX } from '../../platform/validation/fields.ts'
import { personResponse } from '../people/index.ts'
import {
  ACCOMMODATION_CATEGORIES,
  EMPLOYMENT_STATUSES,
  firstNightProblems,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_STATES,
  releaseDateFutureProblems,
  treatmentAnswerProblems,
  type FollowUpKind,
} from './release.rules.ts'

/** The version of the record being changed; none when recording it the first time. */
const version = z.preprocess(
  value => (value === '' || value === null ? undefined : value),
  z.coerce
    .number({ error: 'Send the version of the record you are changing' })
    .int()
    .min(1)
    .max(INT4_MAX, { error: 'Send the version of the record you are changing' })
    .optional(),
)

/** Radios send 'yes' or 'no'; JSON sends a boolean. */
const yesNo = (error: string) =>
  z.preprocess(value => (value === 'yes' ? true : value === 'no' ? false : value), z.boolean({ error }))

const accommodation = (error: string) => z.enum(ACCOMMODATION_CATEGORIES, { error })
const employment = () =>
  z.enum(EMPLOYMENT_STATUSES, { error: 'Select whether the person is in work, education or training' })

const addProblems = (problems: FieldError[], ctx: z.RefinementCtx) => {
  for (const { field, message } of problems) ctx.addIssue({ code: 'custom', path: [field], message })
}

/**
 * The schemas of the release and its follow-ups, with the rules that need only what was sent and today's date, so
 * that one answer lists every fault: a release date in the future with the first night missing, say. The rules
 * that need the custody episode (the sentence start, the licence expiry, the release date itself) are the
 * service's. Cross-field rules run even when another field is wrong.
 */
export function releaseSchemas(today: Clock) {
  const release = z
    .object({
      releaseDate: requiredDate('the date of release').superRefine((date, ctx) => {
        if (!date) return
        for (const { message } of releaseDateFutureProblems(date, today())) ctx.addIssue({ code: 'custom', message })
      }),
      firstNight: accommodation('Select where the person stayed on the first night after release'),
      address: optionalText('the address', 300),
      version,
    })
    .superRefine((answer, ctx) => addProblems(firstNightProblems(answer), ctx), { when: () => true })

  const treatment = z
    .object({
      treatmentStarted: yesNo('Select whether treatment has started'),
      treatmentStartDate: dateField('the date treatment started', { required: false }),
      version,
    })
    .superRefine((answer, ctx) => addProblems(treatmentAnswerProblems(answer, today()), ctx), {
      when: ({ value }) => typeof (value as { treatmentStarted?: unknown }).treatmentStarted === 'boolean',
    })

  const followUps = {
    'accommodation-3-months': z.object({
      accommodation: accommodation('Select where the person is living 3 months after release'),
      version,
    }),
    'employment-6-weeks': z.object({ employment: employment(), version }),
    'employment-6-months': z.object({ employment: employment(), version }),
    'treatment-3-weeks': treatment,
  } satisfies Record<FollowUpKind, z.ZodType>

  return { release, followUps }
}

type Schemas = ReturnType<typeof releaseSchemas>
export type ReleaseInput = z.output<Schemas['release']>
export type FollowUpInput = z.output<Schemas['followUps'][FollowUpKind]>

/** What the API answers: a release and its follow-ups as `load` makes them. */
const answerResponse = z.object({
  accommodation: z.enum(ACCOMMODATION_CATEGORIES).nullable(),
  employment: z.enum(EMPLOYMENT_STATUSES).nullable(),
  treatmentStarted: z.boolean().nullable(),
  treatmentStartDate: z.iso.date().nullable(),
  /** The answer in words. */
  text: z.string(),
  recordedOn: z.iso.date(),
  recordedBy: z.string(),
  version: z.number().int(),
})

export const releaseOverviewResponse = z.object({
  person: personResponse,
  episode: z
    .object({
      id: z.uuid(),
      releaseDate: z.iso.date().nullable(),
      sentenceStartDate: z.iso.date(),
      licenceExpiryDate: z.iso.date().nullable(),
      earliestReleaseDate: z.iso.date().nullable(),
    })
    .nullable(),
  release: z
    .object({
      id: z.uuid(),
      firstNight: z.enum(ACCOMMODATION_CATEGORIES),
      firstNightText: z.string(),
      address: z.string().nullable(),
      treatmentNeed: z.boolean(),
      recordedBy: z.string(),
      version: z.number().int(),
    })
    .nullable(),
  /** Each follow-up the release calls for, the earliest due first. */
  followUps: z.array(
    z.object({
      kind: z.enum(FOLLOW_UP_KINDS),
      dueDate: z.iso.date(),
      opensOn: z.iso.date(),
      title: z.string(),
      state: z.enum(FOLLOW_UP_STATES),
      tag: z.object({ text: z.string(), classes: z.string() }),
      answer: answerResponse.nullable(),
    }),
  ),
  canRecordRelease: z.boolean(),
  canRecordFollowUps: z.boolean(),
  today: z.iso.date(),
})

/** A save: the record's id and its version now (send it with the next change). */
export const savedResponse = z.object({ id: z.uuid(), version: z.number().int() })
