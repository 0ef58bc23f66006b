import { z } from 'zod'
import { pageNumber } from '../../platform/validation/fields.ts'
import { STAGES } from './caseload.rules.ts'

export const CASELOAD_SORTS = ['name', 'release'] as const

const blankIsNone = (v: unknown) => (v === '' ? undefined : v)

/** The caseload's filter, from the address: a name or CRN, a stage, the order and the page. */
export const caseloadQuerySchema = z.object({
  q: z.preprocess(
    v => (typeof v === 'string' ? v.trim() || undefined : v),
    z.string({ error: 'Enter a name or a CRN' }).max(100, 'A name or CRN must be 100 characters or fewer').optional(),
  ),
  stage: z.preprocess(blankIsNone, z.enum(STAGES, { error: 'Select a stage from the list' }).optional()),
  sort: z.preprocess(blankIsNone, z.enum(CASELOAD_SORTS, { error: 'Sort by name or release' }).default('release')),
  page: pageNumber(),
})

export const awaitingComQuerySchema = caseloadQuerySchema.pick({ page: true })

export type CaseloadQuery = z.infer<typeof caseloadQuerySchema>

const deadline = z.object({ what: z.string(), date: z.iso.date(), overdue: z.boolean() })

/** Who a line of a list is about. */
const personLine = { id: z.uuid(), crn: z.string(), firstName: z.string(), lastName: z.string() }

const paging = {
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  /** People on this page whose limited-access records this user may not see. */
  limitedAccessHidden: z.number().int().min(0),
}

export const caseloadResponse = z.object({
  query: z.object({
    q: z.string().optional(),
    stage: z.enum(STAGES).optional(),
    sort: z.enum(CASELOAD_SORTS),
    page: z.number().int(),
  }),
  ...paging,
  people: z.array(
    z.object({
      ...personLine,
      stage: z.enum(STAGES),
      stageLabel: z.string(),
      daysToRelease: z.number().int().nullable(),
      releaseDate: z.iso.date().nullable(),
      nextDeadline: deadline.nullable(),
      overdue: z.array(deadline),
    }),
  ),
})

export const awaitingComResponse = z.object({
  ...paging,
  people: z.array(
    z.object({
      ...personLine,
      handoverDate: z.iso.date().nullable(),
      earliestReleaseDate: z.iso.date().nullable(),
      comAllocationOverdueFrom: z.iso.date().nullable(),
      overdue: z.boolean(),
    }),
  ),
})
