import { z } from 'zod'
import { uuidField } from './fields.ts'

/** A person's id in an address; case routes with more params extend it. */
export const personParams = z.object({ id: uuidField('the person') })
