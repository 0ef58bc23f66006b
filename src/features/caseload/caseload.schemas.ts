import { z } from 'zod'
import { STAGES } from './caseload.rules.ts'
import { pageNumber } from '../../platform/validation/fields.ts'

export const CASELOAD_SORTS = ['name', 'release'] as const

export const caseloadQuerySchema = z.object({
  stage: z.preprocess(
    v => (v === '' ? undefined : v),
    z.enum(STAGES, { error: 'Select a stage from the list' }).optional(),
  ),
  sort: z.preprocess(
    v => (v === '' ? undefined : v),
    z.enum(CASELOAD_SORTS, { error: 'Sort by name or release' }).default('release'),
  ),
  page: pageNumber(),
})

export const awaitingComQuerySchema = caseloadQuerySchema.pick({ page: true })

export type CaseloadQuery = z.infer<typeof caseloadQuerySchema>
