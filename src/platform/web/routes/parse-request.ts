import type { Request } from 'express'
import type { z } from 'zod'
import { AppError, NotFound, ValidationFailed, type FieldError } from '../../errors/errors.ts'
import { toFieldErrors } from '../../validation/parse.ts'
import { unsafeTextErrors } from './hostile-input.ts'
import type { RouteSpec } from './route-spec.ts'

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export class UnsupportedMediaType extends AppError {
  constructor() {
    super('Send the body as JSON (application/json) or as a form (application/x-www-form-urlencoded)', 415)
  }
}

/**
 * Parses params, query and body with the schemas a route declares, reporting every problem of all three at once.
 * A malformed address on a page is a page that is not there; in the API it is a field to put right.
 */
export function parseRequest(spec: RouteSpec, req: Request, { page }: { page: boolean }) {
  if (
    spec.body &&
    WITH_BODY.has(req.method) &&
    hasBody(req) &&
    !req.is(
      spec.upload ? ['application/json', 'urlencoded', 'multipart/form-data'] : ['application/json', 'urlencoded'],
    )
  ) {
    throw new UnsupportedMediaType()
  }
  // A page's GOV.UK date inputs send parts, whether in a form's body or in a filter's address.
  const dated = (value: unknown) => (page ? withDateParts(value) : value)
  const raw = { params: req.params, query: dated(req.query), body: dated(req.body) }
  // A page whose address names nothing is not there, whatever its form holds: checked first, because a form's
  // errors are shown on the page that its address names.
  const params = parsePart(spec.params, raw.params, 'params')
  if (page && params.errors.length) throw new NotFound()
  const unsafe = unsafeTextErrors(raw)
  if (unsafe.length) throw new ValidationFailed(unsafe)
  // A page's query is a filter form (a GET form): its problems name the form's fields, as a body's do.
  const query = parsePart(spec.query, raw.query, page ? '' : 'query')
  const body = parsePart((req.user && spec.bodyFor?.(req.user)) || spec.body, raw.body ?? {}, '')
  const errors = [...params.errors, ...query.errors, ...body.errors]
  if (errors.length) throw new ValidationFailed(errors)
  return { params: params.data, query: query.data, body: body.data }
}

function parsePart(schema: z.ZodType | undefined, value: unknown, prefix: string) {
  if (!schema) return { data: undefined, errors: [] as FieldError[] }
  const result = schema.safeParse(value)
  if (result.success) return { data: result.data, errors: [] as FieldError[] }
  const errors = toFieldErrors(result.error)
  return { data: undefined, errors: prefix ? errors.map(e => ({ ...e, field: `${prefix}.${e.field}` })) : errors }
}

function hasBody(req: Request): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
}

/**
 * The GOV.UK date input names its parts `field-day`, `field-month` and `field-year`: gathered here into
 * `{ day, month, year }`, so that every form's date (a filter's too) reaches its schema in one shape.
 */
export function withDateParts(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body
  // No prototype, and no part named after one, so that a hostile field name cannot reach Object.prototype.
  const result: Record<string, unknown> = Object.assign(Object.create(null), body)
  for (const key of Object.keys(body)) {
    const match = /^(\w+)-(day|month|year)$/.exec(key)
    if (!match || match[1] === '__proto__') continue
    const field = match[1]!
    const parts = result[field] ?? Object.create(null)
    if (typeof parts !== 'object' || parts === null) continue
    ;(parts as Record<string, unknown>)[match[2]!] = result[key]
    result[field] = parts
    delete result[key]
  }
  return result
}
