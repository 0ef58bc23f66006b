import { z } from 'zod'
import { dateField, pageNumber } from '../../platform/validation/fields.ts'

const OUTCOMES = ['success', 'denied', 'failure'] as const

export const auditQuerySchema = z.object({
  action: z.preprocess(
    v => (v === '' ? undefined : v),
    z.string().max(60, 'Action must be 60 characters or fewer').optional(),
  ),
  actor: z.preprocess(
    v => (v === '' ? undefined : v),
    z.string().max(100, 'Username must be 100 characters or fewer').optional(),
  ),
  person: z.preprocess(
    v => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(100, 'Name or CRN must be 100 characters or fewer').optional(),
  ),
  personId: z.preprocess(
    v => (v === '' ? undefined : v),
    z.uuid({ error: 'Enter a person id in the form shown on their record' }).optional(),
  ),
  outcome: z.preprocess(v => (v === '' ? undefined : v), z.enum(OUTCOMES, { error: 'Select an outcome' }).optional()),
  from: dateField('from date', { required: false }),
  to: dateField('to date', { required: false }),
  page: pageNumber(),
})

export type AuditQuery = z.infer<typeof auditQuerySchema>

/** An entry as the trail holds it; its details are identifiers and field names only. */
const entryResponse = z.object({
  id: z.number().int(),
  occurred_at: z.iso.datetime(),
  actor_username: z.string().nullable(),
  action: z.string(),
  subject_person_id: z.string().nullable(),
  /** Who the entry is about, as staff know them: the CRN and "Last, First". */
  subject_crn: z.string().nullable(),
  subject_name: z.string().nullable(),
  correlation_id: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  details: z.record(z.string(), z.unknown()),
  justification: z.string().nullable(),
})

export const auditSearchResponse = z.object({
  entries: z.array(entryResponse),
  /** How many match, counted up to a limit: `totalCapped` says there are more. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageCount: z.number().int(),
  /** The filters as understood, dates as ISO dates. */
  query: z.object({
    action: z.string().optional(),
    actor: z.string().optional(),
    person: z.string().optional(),
    personId: z.uuid().optional(),
    outcome: z.enum(OUTCOMES).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    page: z.number().int(),
  }),
})
