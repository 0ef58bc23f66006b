import { z } from 'zod'
import { pageNumber } from '../../platform/validation/fields.ts'

export const retentionQuerySchema = z.object({ page: pageNumber() })

export const retentionResponse = z.object({
  records: z.array(
    z.object({
      type: z.enum(['case-record', 'person-account', 'limited-access']),
      recordType: z.string(),
      reviewOn: z.iso.date(),
      basis: z.string(),
      why: z.string(),
      personId: z.uuid(),
      crn: z.string(),
      name: z.string(),
      recordId: z.uuid(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
  today: z.iso.date(),
})
