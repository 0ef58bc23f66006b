import { randomUUID } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/

/**
 * Every request carries an id that ties its log lines and audit entries together. The server makes it, always: a
 * client could otherwise give its requests another's id and muddle the trail. An id the client sends (a gateway's)
 * is kept beside it as `clientCorrelationId`, so that the two logs can still be joined.
 */
export function correlationId(req: Request, res: Response, next: NextFunction) {
  const incoming = req.get('x-correlation-id')
  req.correlationId = randomUUID()
  if (incoming && SAFE_ID.test(incoming)) req.clientCorrelationId = incoming
  res.setHeader('X-Correlation-Id', req.correlationId)
  next()
}
