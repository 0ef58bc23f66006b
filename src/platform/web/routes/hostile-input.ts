import type { FieldError } from '../../errors/errors.ts'
import { isUnsafeText, UNSAFE_TEXT_MESSAGE } from '../../validation/safe-text.ts'

/**
 * Every string anywhere in a request's params, query or body that no schema should ever see, as field errors
 * named by their path (`body.goal`, `query.q`), so that a route answers 400 whatever its own schema forgets.
 */
export function unsafeTextErrors(input: Record<'params' | 'query' | 'body', unknown>): FieldError[] {
  const errors: FieldError[] = []
  const visit = (value: unknown, path: string[], depth: number) => {
    if (depth > 32) return
    if (typeof value === 'string') {
      if (isUnsafeText(value)) errors.push({ field: fieldName(path), message: `${label(path)} ${UNSAFE_TEXT_MESSAGE}` })
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, String(index)], depth + 1))
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (isUnsafeText(key)) errors.push({ field: fieldName(path), message: `A field name ${UNSAFE_TEXT_MESSAGE}` })
        else visit(item, [...path, key], depth + 1)
      }
    }
  }
  for (const [where, value] of Object.entries(input)) visit(value, where === 'body' ? [] : [where], 0)
  return errors
}

function fieldName(path: string[]): string {
  return path.join('.') || 'body'
}

function label(path: string[]): string {
  return path.length ? `The value of ${path[path.length - 1]}` : 'The request'
}
