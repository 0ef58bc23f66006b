import { z } from 'zod'
import { dateField, pageNumber } from '../../platform/validation/fields.ts'

export const auditQuerySchema = z.object({
  action: z.preprocess(
    v => (v === '' ? undefined : v),
    z.string().max(60, 'Action must be 60 characters or fewer').optional(),
  ),
  actor: z.preprocess(
    v => (v === '' ? undefined : v),
    z.string().max(100, 'Username must be 100 characters or fewer').optional(),
  ),
  personId: z.preprocess(
    v => (v === '' ? undefined : v),
    z.uuid({ error: 'Enter a person id in the form shown on their record' }).optional(),
  ),
  outcome: z.preprocess(
    v => (v === '' ? undefined : v),
    z.enum(['success', 'denied', 'failure'], { error: 'Select an outcome' }).optional(),
  ),
  from: dateField('from date', { required: false }),
  to: dateField('to date', { required: false }),
  page: pageNumber(),
})

export type AuditQuery = z.infer<typeof auditQuerySchema>
