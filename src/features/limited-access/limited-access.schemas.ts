import { z } from 'zod'
import { dateField, requiredDate, requiredText, uuidField } from '../../platform/validation/fields.ts'
import { personParams } from '../../platform/validation/params.ts'
import { personResponse } from '../people/index.ts'

export const LIMITED_ACCESS_KINDS = ['exclusion', 'restriction'] as const

export const limitedAccessEntrySchema = z
  .object({
    kind: z.enum(LIMITED_ACCESS_KINDS, {
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

export const entryParams = personParams.extend({ entryId: uuidField('the limited-access entry') })

/** One entry as the API answers it, and whether it bars anyone today. */
const entryResponse = z.object({
  id: z.uuid(),
  kind: z.enum(LIMITED_ACCESS_KINDS),
  username: z.string(),
  name: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date().nullable(),
  message: z.string(),
  inForce: z.boolean(),
})

export const limitedAccessResponse = z.object({ person: personResponse, entries: z.array(entryResponse) })
export const addedResponse = z.object({ id: z.uuid() })
