import { z } from 'zod'
import { optionalText, pageNumber } from '../../platform/validation/fields.ts'

const kind = z
  .string({ error: 'Select an item of your queue' })
  .regex(/^[a-z][a-z0-9-]{0,59}$/, 'Select an item of your queue')
const subjectId = z
  .string({ error: 'Select an item of your queue' })
  .regex(/^[A-Za-z0-9-]{1,100}$/, 'Select an item of your queue')

/** The item a sign-off names: its kind and the record it is about. */
export const subjectQuery = z.object({ kind, subjectId })
export type SubjectQuery = z.infer<typeof subjectQuery>

export const signOffSchema = z.object({ kind, subjectId, note: optionalText('the note', 1000) })
export type SignOffInput = z.infer<typeof signOffSchema>

export const pageQuery = z.object({ page: pageNumber() })

const person = z.object({ id: z.uuid(), crn: z.string(), firstName: z.string(), lastName: z.string() })
const paging = { total: z.number().int().min(0), page: z.number().int().min(1), pageCount: z.number().int().min(1) }

const item = z.object({
  kind: z.string(),
  kindName: z.string(),
  subjectId: z.string(),
  personId: z.uuid(),
  person: person.nullable(),
  label: z.string(),
  since: z.iso.date(),
  href: z.string(),
  clears: z.enum(['sign-off', 'done-there']),
})

export const queueResponse = z.object({
  ...paging,
  /** Items of limited-access people this manager may not see, left out. */
  limitedAccessHidden: z.number().int().min(0),
  kinds: z.array(z.object({ kind: z.string(), name: z.string(), count: z.number().int().min(0) })),
  items: z.array(item),
  share: z.object({
    weeks: z.number().int(),
    since: z.iso.date(),
    overseen: z.number().int().min(0),
    cases: z.number().int().min(0),
    percent: z.number().int().min(0).max(100).nullable(),
  }),
})

export const signedOffResponse = z.object({ id: z.uuid(), label: z.string() })

export const historyResponse = z.object({
  ...paging,
  signOffs: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      kindName: z.string(),
      subjectId: z.string(),
      label: z.string(),
      note: z.string().nullable(),
      signedOffOn: z.iso.date(),
      signedOffAt: z.iso.datetime(),
      signedOffBy: z.object({ id: z.uuid(), name: z.string() }),
      person,
    }),
  ),
})
