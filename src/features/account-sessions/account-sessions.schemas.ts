import { z } from 'zod'
import { uuidField } from '../../platform/validation/fields.ts'

export const sessionParams = z.object({ sessionId: uuidField('the session') })

export const sessionsResponse = z.object({
  sessions: z.array(
    z.object({
      id: z.uuid(),
      device: z.string(),
      startedAt: z.iso.datetime(),
      lastSeenAt: z.iso.datetime(),
      current: z.boolean(),
    }),
  ),
})

export const endedOthersResponse = z.object({ ended: z.number().int() })
