import type { Request } from 'express'
import type { RequestContext } from '../auth/current-user.ts'
import { Unauthenticated } from '../errors/errors.ts'

const CONTEXT = Symbol('request context')

/** The one context of this request: the same object however many times it is asked for. */
export function contextOf(req: Request): RequestContext {
  if (!req.user) throw new Unauthenticated()
  const holder = req as Request & { [CONTEXT]?: RequestContext }
  holder[CONTEXT] ??= {
    user: req.user,
    correlationId: req.correlationId,
    ...(req.clientCorrelationId ? { clientCorrelationId: req.clientCorrelationId } : {}),
  }
  return holder[CONTEXT]
}

/** A route parameter as one string (Express 5 types allow arrays). */
export function param(req: Request, name: string): string {
  const value = req.params[name]
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
}
