import { z } from 'zod'
import { pageNumber } from '../../platform/validation/fields.ts'
import { TIMELINE_KINDS, type TimelineKind } from './timeline.rules.ts'

/** The filter, from the address: one kind of moment, or all of them; and the page. */
export const timelineQuerySchema = z.object({
  kind: z.preprocess(
    value => (value === '' ? undefined : value),
    z
      .enum(Object.keys(TIMELINE_KINDS) as [TimelineKind, ...TimelineKind[]], { error: 'Select a kind from the list' })
      .optional(),
  ),
  page: pageNumber(),
})
