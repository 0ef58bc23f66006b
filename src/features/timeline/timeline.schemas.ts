import { z } from 'zod'
import { pageNumber } from '../../platform/validation/fields.ts'
import { personResponse } from '../people/index.ts'
import { TIMELINE_KINDS, type TimelineKind } from './timeline.rules.ts'

const KINDS = Object.keys(TIMELINE_KINDS) as [TimelineKind, ...TimelineKind[]]

/** The filter, from the address: one kind of moment, or all of them; and the page. */
export const timelineQuerySchema = z.object({
  kind: z.preprocess(
    value => (value === '' ? undefined : value),
    z.enum(KINDS, { error: 'Select a kind from the list' }).optional(),
  ),
  page: pageNumber(),
})

export type TimelineQuery = z.infer<typeof timelineQuerySchema>

export const timelineResponse = z.object({
  person: personResponse,
  kind: z.enum(KINDS).nullable(),
  kinds: z.record(z.enum(KINDS), z.string()),
  events: z.array(
    z.object({
      at: z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
      title: z.string(),
      description: z.string().optional(),
      by: z.string().optional(),
      kind: z.string(),
      href: z.string().optional(),
    }),
  ),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
})
