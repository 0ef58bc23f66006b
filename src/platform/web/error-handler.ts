import type { NextFunction, Request, Response } from 'express'
import { AppError, Conflict, LimitedAccess, NotFound, TooManyRequests, ValidationFailed } from '../errors/errors.ts'
import type { Translate } from '../i18n/i18n.ts'
import type { Logger } from '../logging/logger.ts'
import { toErrorSummary } from '../validation/parse.ts'

const DATABASE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
])

function isDatabaseDown(error: unknown): boolean {
  const e = error as { code?: string; message?: string; severity?: string }
  return (
    DATABASE_DOWN_CODES.has(e?.code ?? '') ||
    // The server refused or ended the connection (not accepting connections, shutting down, too many clients).
    e?.severity === 'FATAL' ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      e?.message ?? '',
    )
  )
}

function wantsJson(req: Request): boolean {
  return req.originalUrl.startsWith('/api/')
}

/**
 * A form route names its view and how to rebuild its page; a ValidationFailed then re-renders the form
 * with the GOV.UK error summary and the values as typed, so that nothing the user entered is lost.
 */
export function onInvalidRender(view: string, context: (req: Request, res: Response) => Promise<object> | object) {
  return (req: Request, res: Response, next: NextFunction) => {
    // Express has reset req.params by the time the error handler runs: keep the route's own for the context.
    res.locals.invalidForm = { view, context, params: req.params }
    next()
  }
}

/**
 * Errors a user can put right on the form they sent: shown on that form, with what they typed kept, and in the
 * page's language where the message has a locale key.
 */
function formErrorOf(error: unknown, t: Translate | undefined) {
  if (error instanceof ValidationFailed)
    return { status: 400, errors: toErrorSummary(error.fieldErrors, t), latest: {} }
  if (error instanceof Conflict || error instanceof TooManyRequests) {
    const latest = (error instanceof Conflict ? error.current : undefined) ?? {}
    return {
      status: error.status,
      errors: { errorList: [{ text: conflictWords(error, t), href: '#main-content' }], fieldErrors: {} },
      latest,
    }
  }
  return undefined
}

const conflictWords = (error: Conflict | TooManyRequests, t: Translate | undefined) =>
  error instanceof Conflict && error.words && t ? t(error.words.key, error.words.values) : error.message

export function notFoundHandler(_req: Request, _res: Response, next: NextFunction) {
  next(new AppError('Page not found', 404))
}

/**
 * The router refuses an address whose %-escapes do not decode (`%zz`, a cut-short `%E0%A4%A`, the bytes of a lone
 * surrogate) with a URIError before any route runs: a page that is not there, or in the API a field to put right.
 */
function addressProblem(error: unknown, req: Request): AppError | undefined {
  if (!(error instanceof URIError) || (error as { status?: unknown }).status !== 400) return undefined
  if (!wantsJson(req)) return new NotFound()
  return ValidationFailed.of('params', 'The address has a broken %-escape: encode each part of it as UTF-8')
}

export function errorHandler(logger: Logger) {
  return async (thrown: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return
    let error = addressProblem(thrown, req) ?? thrown
    if (error instanceof TooManyRequests && error.retryAfterSeconds)
      res.setHeader('Retry-After', String(error.retryAfterSeconds))
    const formError = formErrorOf(error, res.locals.t as Translate | undefined)
    if (formError && !wantsJson(req) && res.locals.invalidForm) {
      const { view, context, params } = res.locals.invalidForm
      res.locals.invalidForm = undefined
      req.params = params
      // A GET form (a filter) keeps its values in the address.
      const values = { ...(req.method === 'GET' ? req.query : req.body), ...formError.latest }
      // The form's page may itself be refused (a record that is not there): that answer is given instead.
      const page = await Promise.resolve(context(req, res)).catch((refused: unknown) => ({ refused }))
      if (!('refused' in page)) {
        return res.status(formError.status).render(view, { ...page, values, errors: formError.errors })
      }
      error = page.refused
    }
    const status = statusOf(error)
    if (status >= 500) logger.error({ err: error, correlationId: req.correlationId }, 'request failed')
    if (wantsJson(req)) return res.status(status).json(problem(error, status, req.correlationId))
    res.status(status).render(pageFor(status), {
      message: error instanceof AppError ? error.message : parserProblem(error)?.title,
      accessMessage: error instanceof LimitedAccess ? error.accessMessage : undefined,
      correlationId: req.correlationId,
    })
  }
}

/** What the body parsers say of a body they refuse, as the user should read it. */
const PARSER_PROBLEMS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'parameters.too.many': 'The form has too many fields: send at most 200',
  'charset.unsupported': 'Send the body in UTF-8',
  'encoding.unsupported': 'Send the body without compression, or compressed with gzip or deflate',
  'request.aborted': 'The request was cut short',
  'request.size.invalid': 'The request body is not the length it says',
}

/** A refusal by the body parsers, which run before any route: always the client's to put right. */
function parserProblem(error: unknown): { status: number; title: string } | undefined {
  const e = error as { status?: unknown; type?: unknown; expose?: unknown }
  if (typeof e?.status !== 'number' || e.status < 400 || e.status > 499 || e.expose !== true) return undefined
  return { status: e.status, title: PARSER_PROBLEMS[String(e.type)] ?? 'The request could not be read' }
}

function statusOf(error: unknown): number {
  if (error instanceof AppError) return error.status
  if (isDatabaseDown(error)) return 503
  return parserProblem(error)?.status ?? 500
}

function problem(error: unknown, status: number, correlationId: string) {
  if (error instanceof ValidationFailed) {
    const errors = error.fieldErrors.map(({ field, message }) => ({ field, message }))
    return { status, title: 'Check your input', errors }
  }
  if (error instanceof LimitedAccess) return { status, title: error.message, detail: error.accessMessage }
  if (error instanceof AppError) return { status, title: error.message }
  const refused = parserProblem(error)
  if (refused) return { ...refused, errors: [{ field: 'body', message: refused.title }] }
  if (status === 503) return { status, title: 'The service is unavailable', correlationId }
  return { status, title: 'Something went wrong', correlationId }
}

function pageFor(status: number): string {
  if (status === 404) return 'pages/not-found.njk'
  if (status === 503) return 'pages/unavailable.njk'
  if (status >= 500) return 'pages/server-error.njk'
  return 'pages/problem.njk'
}
