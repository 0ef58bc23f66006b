import type { z } from 'zod'
import { ValidationFailed, type FieldError } from '../errors/errors.ts'
import { translator, type Translate } from '../i18n/i18n.ts'

/**
 * A message a schema gives as a locale key (`plans:errors.agreed`), for a form the person fills in: the API and staff
 * read it in English, the person's page says it in the page's language. The key's words may use `{{maximum}}` and
 * `{{minimum}}`, the limits of the rule that failed. The locale test checks every key so named in the code.
 */
export const messageKey = (key: string) => key

const MESSAGE_KEY = /^[a-z][a-z0-9-]*:[A-Za-z][\w.-]*$/
export const isMessageKey = (message: string) => MESSAGE_KEY.test(message)

/** A field's problem named by its locale key, in English for the API (a service's own rule about the person's form). */
export function fieldError(field: string, key: string, values?: Record<string, unknown>): FieldError {
  // Name the key with messageKey, so that the locale test finds it.
  return { field, message: translator('en')(key, values), key, ...(values ? { values } : {}) }
}

/** Parses input with its schema, or throws ValidationFailed naming each field and what to fix. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new ValidationFailed(toFieldErrors(result.error))
}

/** The limits a failed rule names, for a message's `{{maximum}}` and `{{minimum}}`. */
function limitsOf(issue: z.core.$ZodIssue): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {}
  if ('maximum' in issue) values.maximum = Number(issue.maximum)
  if ('minimum' in issue) values.minimum = Number(issue.minimum)
  return Object.keys(values).length ? values : undefined
}

export function toFieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'body'
    if (seen.has(field)) continue
    seen.add(field)
    errors.push(
      isMessageKey(issue.message)
        ? fieldError(field, issue.message, limitsOf(issue))
        : { field, message: issue.message },
    )
  }
  return errors
}

/** What a field's problem says on a page: in the page's language when it has a locale key, else as written. */
const wordsFor = (e: FieldError, t?: Translate) => (e.key && t ? t(e.key, e.values) : e.message)

/**
 * The GOV.UK error summary and per-field messages for a form. Field ids are the field names. Given the page's words,
 * each message (and the hidden "Error:" before a field's) is in the page's language.
 */
export function toErrorSummary(errors: FieldError[], t?: Translate) {
  const hidden = t ? { visuallyHiddenText: t('common:errors.fieldPrefix') } : {}
  return {
    errorList: errors.map(e => ({ text: wordsFor(e, t), href: `#${e.field.replace(/\./g, '-')}` })),
    fieldErrors: Object.fromEntries(errors.map(e => [e.field, { text: wordsFor(e, t), ...hidden }])),
  }
}
