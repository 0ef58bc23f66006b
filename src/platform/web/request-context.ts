import type { Request } from 'express'
import type { RequestContext } from '../auth/current-user.ts'
import { Unauthenticated } from '../errors/errors.ts'

export function contextOf(req: Request): RequestContext {
  if (!req.user) throw new Unauthenticated()
  return { user: req.user, correlationId: req.correlationId }
}

/** A route parameter as one string (Express 5 types allow arrays). */
export function param(req: Request, name: string): string {
  const value = req.params[name]
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
}
