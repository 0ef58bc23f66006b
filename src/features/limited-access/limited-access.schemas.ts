import { z } from 'zod'
import { dateField, requiredDate, requiredText } from '../../platform/validation/fields.ts'

export const limitedAccessEntrySchema = z
  .object({
    kind: z.enum(['exclusion', 'restriction'], {
      error: 'Select whether this excludes someone or restricts the case to them',
    }),
    username: requiredText('the username of the staff member', 100),
    startDate: requiredDate('the start date'),
    endDate: dateField('the end date', { required: false }),
    message: requiredText('the message to show instead of the record', 500),
  })
  .superRefine((entry, ctx) => {
    if (entry.endDate && entry.endDate < entry.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'The end date must be the same as or after the start date',
      })
    }
  })

export type LimitedAccessEntryInput = z.infer<typeof limitedAccessEntrySchema>
