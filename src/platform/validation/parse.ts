import type { z } from 'zod'
import { ValidationFailed, type FieldError } from '../errors/errors.ts'

/** Parses input with its schema, or throws ValidationFailed naming each field and what to fix. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new ValidationFailed(toFieldErrors(result.error))
}

export function toFieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'body'
    if (seen.has(field)) continue
    seen.add(field)
    errors.push({ field, message: issue.message })
  }
  return errors
}

/** The GOV.UK error summary and per-field messages for a form. Field ids are the field names. */
export function toErrorSummary(errors: FieldError[]) {
  return {
    errorList: errors.map(e => ({ text: e.message, href: `#${e.field.replace(/\./g, '-')}` })),
    fieldErrors: Object.fromEntries(errors.map(e => [e.field, { text: e.message }])),
  }
}
