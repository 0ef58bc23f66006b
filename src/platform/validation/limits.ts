import { z } from 'zod'

/**
 * The longest each text field of a form's schema may be, by field name, for the character count on its page: the
 * limit is written once, in the schema that enforces it.
 */
export function maxLengths(schema: z.ZodType): Record<string, number> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { maxLength?: number; anyOf?: { maxLength?: number }[] }>
  }
  const limits: Record<string, number> = {}
  for (const [name, property] of Object.entries(json.properties ?? {})) {
    const max = property.maxLength ?? property.anyOf?.find(option => option.maxLength)?.maxLength
    if (max !== undefined) limits[name] = max
  }
  return limits
}
