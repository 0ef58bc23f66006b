/**
 * Input and answer of the workload contract (issue 17), shared by `POST /api/v1/workload/calculate` and
 * `resettle workload`. Every issue has a `path` naming the field and a plain-English message.
 *
 * Decisions where the contract is silent:
 * - `courtReports` may be left out; inside it, `standard` and `fast` each default to 0.
 * - Counts are whole numbers from 0 (which scores nothing) to 100,000, so that every total is exact; `cases` may be
 *   empty.
 * - Unknown fields are dropped (zod's default).
 */
import { z } from 'zod'
import { CASE_TYPES, GRADES, TIERS } from './workload.rules.ts'

const MAX_HOURS = 48
/** Far above any caseload, and low enough that every total stays an exact whole number. */
const MAX_COUNT = 100_000

const count = (what: string) =>
  z
    .number({ error: `Enter the number of ${what} as a number` })
    .min(0, { error: `The number of ${what} must be 0 or more` })
    .max(MAX_COUNT, { error: `The number of ${what} must be ${MAX_COUNT.toLocaleString('en-GB')} or fewer` })
    // A refinement rather than `.int()`, whose failure would stop the check of reductions against hours.
    .refine(Number.isSafeInteger, { error: `The number of ${what} must be a whole number` })

const hours = (what: string) => z.number({ error: `Enter ${what} as a number of hours` })

export const workloadInputSchema = z
  .object({
    grade: z.enum(GRADES, { error: `Grade must be one of ${GRADES.join(', ')}` }),
    contractedHours: hours('contracted hours')
      .gt(0, { error: 'Contracted hours must be more than 0' })
      .max(MAX_HOURS, { error: `Contracted hours must be ${MAX_HOURS} or fewer` }),
    reductionHours: hours('reduction hours').min(0, { error: 'Reduction hours must be 0 or more' }).default(0),
    cases: z.array(
      z.object({
        tier: z.enum(TIERS, { error: `Tier must be one of ${TIERS.join(', ')}` }),
        type: z.enum(CASE_TYPES, { error: `Case type must be one of ${CASE_TYPES.join(', ')}` }),
        count: count('cases'),
      }),
      { error: 'Enter the cases as a list' },
    ),
    courtReports: z
      .object(
        { standard: count('standard court reports').default(0), fast: count('fast court reports').default(0) },
        { error: 'Enter the court reports as { "standard": n, "fast": n }' },
      )
      .optional(),
  })
  .refine(input => input.reductionHours <= input.contractedHours, {
    path: ['reductionHours'],
    error: 'Reduction hours must not be more than the contracted hours',
    // Checked beside any other field's errors, whenever both hours are numbers of their own.
    when: ({ value }) => {
      const { contractedHours, reductionHours = 0 } = (value ?? {}) as Record<string, unknown>
      return typeof contractedHours === 'number' && typeof reductionHours === 'number'
    },
  })

export type WorkloadRequest = z.input<typeof workloadInputSchema>

export const workloadResponse = z.object({
  points: z.number().int().min(0),
  availablePoints: z.number().int().min(0),
  capacityPercent: z.number().min(0).nullable(),
})
