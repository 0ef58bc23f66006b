import { z } from 'zod'
import { optionalText, INT4_MAX } from '../../platform/validation/fields.ts'
import { personResponse } from '../people/index.ts'
import {
  AGE_BANDS,
  choiceValues,
  DIVERSITY_QUESTIONS,
  DIVERSITY_QUESTION_KEYS,
  type DiversityQuestion,
} from './diversity.catalogue.ts'
import { PROMPT_STAGES, SERVICE_KINDS } from './prompts.catalogue.ts'

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

function answer(question: DiversityQuestion) {
  const noun = DIVERSITY_QUESTIONS[question].label.toLowerCase()
  const message = `Select their ${noun}, or ‘Prefer not to say’`
  return z.preprocess(blankToUndefined, z.enum(choiceValues(question), { error: message }))
}

const answers = Object.fromEntries(DIVERSITY_QUESTION_KEYS.map(q => [q, answer(q)])) as Record<
  DiversityQuestion,
  ReturnType<typeof answer>
>

/** A whole diversity record: every question answered (each has "Prefer not to say"), and the version read. */
export const diversityInput = z
  .object({
    ...answers,
    adjustments: optionalText('the adjustments they need', 500),
    firstLanguageOther: optionalText('their first language', 60),
    version: z.coerce
      .number({ error: 'Send the version of the record you are changing (0 if it has never been saved)' })
      .int()
      .min(0)
      .max(INT4_MAX, { error: 'Send the version of the record you are changing (0 if it has never been saved)' }),
  })
  .superRefine((value, ctx) => {
    if (value.firstLanguage === 'other' && !value.firstLanguageOther)
      ctx.addIssue({ code: 'custom', path: ['firstLanguageOther'], message: 'Enter their first language' })
  })
  .transform(value => (value.firstLanguage === 'other' ? value : { ...value, firstLanguageOther: undefined }))

export type DiversityInput = z.infer<typeof diversityInput>

const recordResponse = z.object({
  ...Object.fromEntries(DIVERSITY_QUESTION_KEYS.map(q => [q, z.enum(choiceValues(q))])),
  adjustments: z.string().nullable(),
  firstLanguageOther: z.string().nullable(),
  ethnicGroup: z.string().nullable(),
  version: z.number().int(),
  recordedOn: z.iso.date(),
  recordedBy: z.string().nullable(),
})

const promptResponse = z.object({
  key: z.string(),
  group: z.string(),
  stages: z.array(z.enum(PROMPT_STAGES)).readonly(),
  prompt: z.string(),
  services: z.enum(SERVICE_KINDS),
  because: z.string(),
})

export const diversityResponse = z.object({
  person: personResponse,
  canEdit: z.boolean(),
  age: z.number().int().nullable(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  record: recordResponse.nullable(),
  prompts: z.array(promptResponse),
  catalogue: z.object({ name: z.string(), recordedOn: z.iso.date(), directory: z.string() }),
})
