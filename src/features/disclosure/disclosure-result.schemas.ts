/**
 * What the rules engine answers (`checkDisclosure`) and what its answer means in plain words (`summarise`), as the
 * API's response schemas. Each is checked against the engine's own type, so that the document cannot say more or
 * less than the engine gives.
 */
import { z } from 'zod'
import type { FilteringRule } from './dbs-filtering.rules.ts'
import type { DisposalRule } from './disclosure-periods.rules.ts'
import type { RecordSummary } from './disclosure-summary.ts'
import type { DisclosureResult } from './disclosure.rules.ts'
import { DISPOSAL_TYPES, RECORD_KINDS } from './disposal-types.ts'

/** Every value of a union, listed as an object's keys so that the compiler says when one is missing. */
const everyOf = <T extends string>(values: Record<T, true>) => z.enum(Object.keys(values) as [T, ...T[]])

const disposalRule = everyOf<DisposalRule>({
  'custodial-up-to-12-months': true,
  'custodial-over-12-months-up-to-4-years': true,
  'custodial-over-4-years': true,
  'custodial-serious-offence-over-4-years': true,
  'end-of-order': true,
  'order-with-no-end-date': true,
  'order-until-further-order': true,
  fine: true,
  'compensation-paid': true,
  'compensation-not-paid': true,
  'absolute-discharge': true,
  'motoring-endorsement': true,
  'caution-spent-when-given': true,
  'conditional-caution-conditions-ended': true,
  'conditional-caution-3-months': true,
})

const filteringRule = everyOf<FilteringRule>({
  'listed-offence': true,
  'custodial-sentence': true,
  'never-spent': true,
  'not-known-yet': true,
  'adult-conviction-11-years': true,
  'youth-conviction-5-years-6-months': true,
  'adult-caution-6-years': true,
  'youth-caution': true,
})

const date = z.iso.date()
/** The first day spent, or one of the answers that is not a day. */
const spentValue = z.union([date, z.enum(['immediately', 'never', 'indefinite'])])

const rehabilitationPeriod = z.object({
  amount: z.number().int(),
  unit: z.enum(['months', 'years']),
  from: z.enum(['end-of-sentence', 'date']),
})

export const recordResultResponse = z.object({
  kind: z.enum(RECORD_KINDS),
  date,
  youth: z.boolean(),
  ageAtDate: z.number().int(),
  spent: spentValue,
  explanation: z.string(),
  rule: disposalRule,
  rehabilitationPeriod: rehabilitationPeriod.nullable(),
  ownSpent: spentValue,
  extendedBy: z.number().int().nullable(),
  disposals: z.array(
    z.object({
      type: z.enum(DISPOSAL_TYPES),
      spent: spentValue,
      rule: disposalRule,
      rehabilitationPeriod: rehabilitationPeriod.nullable(),
      sentenceEnds: date.nullable(),
      participates: z.boolean(),
      explanation: z.string(),
    }),
  ),
  filtering: z.object({
    filteredFrom: spentValue,
    rule: filteringRule,
    listedOffence: z.boolean(),
    explanation: z.string(),
  }),
  asOf: z
    .object({
      date,
      spent: z.boolean(),
      onBasicCheck: z.boolean(),
      onStandardAndEnhancedCheck: z.boolean(),
    })
    .optional(),
})

/** `POST /api/v1/disclosure/check`: one answer a record, in the order given. */
export const disclosureResultResponse = z.object({
  records: z.array(recordResultResponse),
}) satisfies z.ZodType<DisclosureResult>

export const recordSummaryResponse = z.object({
  title: z.string(),
  headline: z.string(),
  spentNow: z.boolean(),
  sentences: z.array(z.string()),
  basic: z.string(),
  standard: z.string(),
  changes: z.array(z.string()),
  basicStatus: z.string(),
  standardStatus: z.string(),
  explanation: z.string(),
  filteringExplanation: z.string(),
}) satisfies z.ZodType<RecordSummary>
