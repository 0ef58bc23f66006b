import { z } from 'zod'
import { DIMENSION_KEYS } from './outcomes.groups.ts'
import { LEVELS } from './outcomes.policy.ts'
import { MEASURE_KEYS } from './outcomes.rules.ts'

const blank = (v: unknown) => (v === '' ? undefined : v)

/** The dashboard's choices, all optional: a level the user may see, a region (administrators), a quarter, a breakdown. */
export const outcomesQuery = z.object({
  level: z.preprocess(blank, z.enum(LEVELS, { error: 'Select a level from the list' }).optional()),
  region: z.preprocess(blank, z.uuid({ error: 'Select a region from the list' }).optional()),
  quarter: z.preprocess(
    blank,
    z
      .string()
      .regex(/^20\d\d-Q[1-4]$/, 'Select a quarter from the list')
      .optional(),
  ),
  by: z.preprocess(blank, z.enum(DIMENSION_KEYS, { error: 'Select a characteristic from the list' }).optional()),
})

export type OutcomesQuery = z.infer<typeof outcomesQuery>

const figure = z
  .object({
    numerator: z.number().int().min(0),
    denominator: z.number().int().min(0),
    percent: z.number(),
    low: z.number(),
    high: z.number(),
  })
  .nullable()

export const outcomesResponse = z.object({
  level: z.enum(LEVELS),
  unit: z.string().nullable(),
  quarter: z.string(),
  quarterLabel: z.string(),
  by: z.string(),
  suppression: z.string(),
  measures: z.array(
    z.object({
      key: z.enum(MEASURE_KEYS),
      label: z.string(),
      definition: z.string(),
      denominator: z.string(),
      national: z.object({ percent: z.number(), period: z.string() }).nullable(),
      higherIsBetter: z.boolean(),
      total: figure,
      groups: z.array(
        z.object({
          value: z.string(),
          label: z.string(),
          figure,
          gap: z.number().nullable(),
          highlighted: z.boolean(),
        }),
      ),
    }),
  ),
})
