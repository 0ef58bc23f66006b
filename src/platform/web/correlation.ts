import { randomUUID } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/

/** Every request carries an id that ties its log lines and audit entries together. */
export function correlationId(req: Request, res: Response, next: NextFunction) {
  const incoming = req.get('x-correlation-id')
  req.correlationId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID()
  res.setHeader('X-Correlation-Id', req.correlationId)
  next()
}
