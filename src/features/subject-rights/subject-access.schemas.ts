import { z } from 'zod'
import { uuidField } from '../../platform/validation/fields.ts'

export const findQuerySchema = z.object({
  q: z.preprocess(
    v => (typeof v === 'string' ? v.trim() || undefined : v),
    z
      .string({ error: 'Enter a name, CRN or prison number' })
      .max(100, 'Name, CRN or prison number must be 100 characters or fewer')
      .optional(),
  ),
})

export const subjectParams = z.object({ personId: uuidField('the person') })

export const subjectAccessResponse = z.object({
  madeAt: z.iso.datetime(),
  madeBy: z.string(),
  person: z.object({
    id: z.uuid(),
    crn: z.string(),
    prisonNumber: z.string().nullable(),
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: z.iso.date(),
  }),
  /** One section a kind of record: its table, its heading, its columns' labels and its rows, oldest first. */
  sections: z.array(
    z.object({
      table: z.string(),
      label: z.string(),
      columns: z.array(z.object({ name: z.string(), label: z.string() })),
      rows: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
  seenBy: z.array(
    z.object({ occurredAt: z.iso.datetime(), actor: z.string().nullable(), action: z.string(), outcome: z.string() }),
  ),
  names: z.record(z.string(), z.string()),
})
