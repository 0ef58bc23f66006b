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
import { dateField, optionalText, requiredText, uuidField, type Clock } from '../../platform/validation/fields.ts'
import { personResponse, REASONS } from '../people/index.ts'
import { COURT_REPORT_TYPES } from './capacity.rules.ts'
import { COMPLEXITY_FLAGS, MAPPA_LEVELS, ROSH_LEVELS } from './tiering.rules.ts'
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

// ---- Tiers, hours and reductions, the team and allocation advice -------------------------------------------

/** A number from a form (text) or from JSON; blank is not given. Up to two decimal places. */
const formNumber = (what: string, { min, max, above }: { min?: number; max: number; above?: number }) =>
  z.preprocess(
    value => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value.trim())) : value),
    z
      .number({ error: `Enter ${what} as a number` })
      .refine(n => Number.isFinite(n), { error: `Enter ${what} as a number` })
      .refine(n => (above === undefined ? true : n > above), { error: `${capital(what)} must be more than ${above}` })
      .refine(n => (min === undefined ? true : n >= min), { error: `${capital(what)} must be ${min} or more` })
      .refine(n => n <= max, { error: `${capital(what)} must be ${max} or fewer` })
      // Exactly what two decimal places write: a tolerance would let 5e-324 through, which the column's
      // numeric(4, 2) rounds to 0 against its own check (found by test/integration/fuzz-every-route.int.test.ts).
      .refine(n => Number(n.toFixed(2)) === n, {
        error: `${capital(what)} must have no more than 2 decimal places`,
      }),
  )
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Checkboxes send nothing, one value or a list; JSON sends a list. */
const checkboxList = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.preprocess(
    value => (value === undefined || value === '' ? [] : typeof value === 'string' ? [value] : value),
    z.array(z.enum(values, { error })).max(values.length * 2),
  )

export const tierInputSchema = z.object({
  rosh: z.enum(ROSH_LEVELS, { error: 'Select the risk of serious harm (RoSH) level' }),
  rsrPercent: formNumber('the RSR score', { min: 0, max: 100 }),
  mappa: z.enum(MAPPA_LEVELS, { error: 'Select the MAPPA level, or none' }),
  flags: checkboxList(COMPLEXITY_FLAGS, 'Select complexity factors from the list').default([]),
})
export type TierInput = z.output<typeof tierInputSchema>

export const hoursInputSchema = z.object({
  grade: z.enum(GRADES, { error: 'Select the grade' }),
  contractedHours: formNumber('contracted hours', { above: 0, max: MAX_HOURS }),
})
export type HoursInput = z.output<typeof hoursInputSchema>

/** The dates named are dates of their own (not faults already named), so a rule about them may be checked. */
const datesGiven =
  (...fields: string[]) =>
  ({ value }: { value: unknown }) => {
    const given = (value ?? {}) as Record<string, unknown>
    return fields.every(f => typeof given[f] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(given[f] as string))
  }

export const reductionInputSchema = z
  .object({
    hours: formNumber('the hours of the reduction', { above: 0, max: MAX_HOURS }),
    reason: requiredText('the reason for the reduction', 200),
    startDate: dateField('the date the reduction starts'),
    endDate: dateField('the date the reduction ends', { required: false }),
  })
  .refine(r => !r.endDate || !r.startDate || r.endDate >= r.startDate, {
    path: ['endDate'],
    error: 'The end date must be on or after the start date',
    // Checked beside any other field's errors, whenever both dates are dates of their own.
    when: datesGiven('startDate', 'endDate'),
  })
export type ReductionInput = z.output<typeof reductionInputSchema>

/** A court report for a practitioner: its type, the court, when it was asked for (not after today) and when it is due. */
export function courtReportInputSchema(today: Clock) {
  return z
    .object({
      type: z.enum(COURT_REPORT_TYPES, { error: 'Select the type of report' }),
      court: requiredText('the court', 200),
      requestedOn: dateField('the date the report was requested'),
      dueOn: dateField('the date the report is due'),
    })
    .refine(r => !r.requestedOn || r.requestedOn <= today(), {
      path: ['requestedOn'],
      error: 'The date the report was requested must be today or in the past',
      when: datesGiven('requestedOn'),
    })
    .refine(r => !r.requestedOn || !r.dueOn || r.dueOn >= r.requestedOn, {
      path: ['dueOn'],
      error: 'The date the report is due must be on or after the date it was requested',
      when: datesGiven('requestedOn', 'dueOn'),
    })
}
export type CourtReportInput = z.output<ReturnType<typeof courtReportInputSchema>>

export const adviceDecisionSchema = z.object({
  staffId: z.preprocess(
    value => (value === '' ? undefined : value),
    z.uuid({ error: 'Select the practitioner to allocate' }),
  ),
  reason: requiredText('the reason for this choice', 500),
  reasonCode: z.preprocess(
    value => (value === '' || value === null ? undefined : value),
    z.enum(REASONS, { error: 'Select the reason for the change from the list' }).optional(),
  ),
  reasonOther: optionalText('the reason for the change', 500),
  handoverNote: optionalText('the handover note', 4000),
})
export type AdviceDecisionInput = z.output<typeof adviceDecisionSchema>

export const staffParams = z.object({ staffId: uuidField('the practitioner') })
export const courtReportParams = staffParams.extend({ reportId: uuidField('the court report') })

const tierLetter = z.enum(TIERS)
const byType = z.object({ community: z.number().int(), licence: z.number().int(), custody: z.number().int() })
const courtReportCounts = z.object({ standard: z.number().int(), fast: z.number().int() })

export const courtReportItem = z.object({
  id: z.uuid(),
  type: z.enum(COURT_REPORT_TYPES),
  court: z.string(),
  requestedOn: z.iso.date(),
  dueOn: z.iso.date(),
  state: z.enum(['to-come', 'counting', 'ended']),
})
export const courtReportsResponse = z.object({ courtReports: z.array(courtReportItem) })

const tierRecord = z.object({
  id: z.uuid(),
  tier: tierLetter,
  model: z.string(),
  rosh: z.enum(ROSH_LEVELS),
  rsrPercent: z.number(),
  mappa: z.enum(MAPPA_LEVELS),
  flags: z.array(z.enum(COMPLEXITY_FLAGS)),
  protectPoints: z.number().int(),
  changePoints: z.number().int(),
  needsAssessed: z.boolean(),
  setOn: z.iso.date(),
  setBy: z.string().nullable(),
})

export const tierResponse = z.object({
  person: personResponse,
  current: tierRecord.nullable(),
  explanation: z
    .object({
      points: z.number().int(),
      level: z.enum(['A', 'B', 'C', 'D']),
      parts: z.object({
        rosh: z.number(),
        rsr: z.number(),
        riskCounted: z.enum(['rosh', 'rsr', 'none']),
        mappa: z.number(),
        flags: z.number(),
      }),
    })
    .nullable(),
  history: z.array(tierRecord),
  canRecord: z.boolean(),
  model: z.string(),
})

export const tierRecordedResponse = z.object({ id: z.uuid(), tier: tierLetter, model: z.string() })

const week = z.object({
  weekEnding: z.iso.date(),
  points: z.number().int(),
  availablePoints: z.number().int(),
  capacityPercent: z.number().nullable(),
  cases: z.number().int(),
  byType,
  untiered: z.number().int(),
  courtReports: courtReportCounts,
  tieredLater: z.number().int(),
  overCapacity: z.boolean(),
  excessive: z.boolean(),
  overCases: z.boolean(),
})

const practitionerNow = z.object({
  staffId: z.uuid(),
  name: z.string(),
  team: z.string(),
  hours: z.object({ grade: z.enum(GRADES), contractedHours: z.number() }).nullable(),
  reductionHours: z.number(),
  reductions: z.array(
    z.object({
      id: z.uuid(),
      hours: z.number(),
      reason: z.string(),
      startDate: z.iso.date(),
      endDate: z.iso.date().nullable(),
      state: z.enum(['scheduled', 'active', 'ended']),
    }),
  ),
  points: z.number().int(),
  availablePoints: z.number().int(),
  capacityPercent: z.number().nullable(),
  cases: z.number().int(),
  byType,
  untiered: z.number().int(),
  courtReports: courtReportCounts,
  releasesSoon: z.number().int(),
  handoversDue: z.number().int(),
  overCases: z.boolean(),
})

const flags = z.object({ excessive: z.boolean(), overCases: z.boolean() })

export const practitionerResponse = z
  .object({
    practitioner: practitionerNow,
    weeks: z.array(week),
    flags,
    courtReports: z.array(courtReportItem),
    canChangeHours: z.boolean(),
    canRecordCourtReports: z.boolean(),
  })
  .strip()

export const teamResponse = z.object({
  practitioners: z.array(practitionerNow.extend({ flags })),
  weeks: z.array(week),
  unallocated: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    people: z.array(
      z.object({
        id: z.uuid(),
        crn: z.string(),
        name: z.string(),
        handoverDate: z.iso.date().nullable(),
        earliestReleaseDate: z.iso.date().nullable(),
        overdue: z.boolean(),
      }),
    ),
  }),
  today: z.iso.date(),
})

export const adviceResponse = z.object({
  person: personResponse,
  tier: tierLetter.nullable(),
  type: z.enum(CASE_TYPES).nullable(),
  points: z.number().int(),
  ranked: z.array(
    z.object({
      rank: z.number().int(),
      why: z.string(),
      candidate: z.object({
        staffId: z.uuid(),
        name: z.string(),
        team: z.string(),
        capacityNow: z.number().nullable(),
        capacityAfter: z.number().nullable(),
        cases: z.number().int(),
        casesAfter: z.number().int(),
        byType,
        releasesSoon: z.number().int(),
        handoversDue: z.number().int(),
        supervisedBefore: z.boolean(),
        conflict: z.boolean(),
        hoursRecorded: z.boolean(),
      }),
    }),
  ),
  continuityWarning: z.boolean(),
  comChanges: z.number().int(),
  decisions: z.array(
    z.object({
      id: z.uuid(),
      ranked: z.number().int(),
      reason: z.string(),
      decided_at: z.date().or(z.string()),
      staff_name: z.string(),
      decided_by_name: z.string(),
    }),
  ),
})

export const decisionResponse = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  staffId: z.uuid(),
  ranked: z.number().int(),
})
