import type { NextFunction, Request, Response, Router } from 'express'
import type { z } from 'zod'
import { CASE_ROLES, type RequestContext } from '../../auth/current-user.ts'
import type { CaseSection } from '../../case/case-header.ts'
import { NotFound } from '../../errors/errors.ts'
import { onInvalidRender } from '../error-handler.ts'
import { contextOf } from '../request-context.ts'
import { sendPdf } from '../send-pdf.ts'
import { requireSignIn } from '../session-middleware.ts'
import { personParams } from '../../validation/params.ts'
import { showCase } from './case-view.ts'
import { openApiDocument } from './openapi.ts'
import { parseRequest } from './parse-request.ts'
import type { ApiResponse, Method, PdfFile, RegisteredRoute, RouteInput, RouteSpec } from './route-spec.ts'

type Handler<I, R> = (input: I) => Promise<R> | R

type Outcome<R extends ApiResponse> = R extends 'pdf'
  ? PdfFile
  : R extends 'empty'
    ? void
    : R extends { schema: infer S extends z.ZodType }
      ? z.input<S>
      : never

type ApiSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends ApiResponse, Pub> = RouteSpec<
  P,
  Q,
  B
> & { response: R; public?: Pub }

/** A page that takes a form names its view and how to rebuild it: bad input is shown there, with what was typed. */
export interface FormPage {
  view: string
  context: (req: Request, res: Response) => Promise<object> | object
}

type PageSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, Pub> = RouteSpec<P, Q, B> & {
  form?: FormPage
  public?: Pub
}

interface Scope {
  /** Case routes: paths under `/people/:id`, the id checked, and (for pages) the case header and tabs. */
  section?: string
}

interface Options {
  /** Tests check every API answer against its declared schema, so that the document cannot drift from it. */
  checkResponses: boolean
  /** Every feature's case section, complete before the first request. */
  caseSections: readonly CaseSection[]
  /**
   * Whether this user may reach the person a case route names, asked before its body is parsed, so that someone
   * refused never learns what the body should hold: it throws the refusal (and audits it). `write` for a change.
   */
  caseAccess?: (ctx: RequestContext, personId: string, need: { write: boolean }) => Promise<unknown>
}

type CaseInput<I> = I & { personId: string }

/**
 * Every route, page and API, is declared here: its input is parsed with the schemas it declares before the handler
 * runs; sign-in is required unless it says it is public; its roles are checked where it is mounted (anyone else is
 * answered as if it were not there); and the OpenAPI document and the tests of every route read the same list.
 */
export function createRouteRegistry(options: Options) {
  const routes: RegisteredRoute[] = []

  function guard(spec: RouteSpec) {
    const steps: ((req: Request, res: Response, next: NextFunction) => void)[] = []
    if (!spec.public) steps.push(requireSignIn)
    if (spec.roles) {
      const roles = spec.roles
      steps.push((req, _res, next) => next(req.user && roles.includes(req.user.role) ? undefined : new NotFound()))
    }
    return steps
  }

  function input(spec: RouteSpec, req: Request, res: Response, page: boolean) {
    const parsed = parseRequest(spec, req, { page })
    const params = parsed.params as { id?: string } | undefined
    return { ...parsed, ctx: req.user ? contextOf(req) : undefined, req, res, personId: params?.id ?? '' }
  }

  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

  /** A case route's person, checked before the input is parsed (a malformed id is left to the parser to answer). */
  async function accessFirst(scope: Scope, req: Request) {
    const id = (req.params as { id?: string }).id
    if (scope.section === undefined || !options.caseAccess || !req.user || !id || !UUID.test(id)) return
    const write = req.method !== 'GET' && req.user.role !== 'person'
    await options.caseAccess(contextOf(req), id, { write })
  }

  /** What the route declares it needs to check first, with the params parsed (bad params are the parser's to answer). */
  async function declaredAccess(spec: RouteSpec, req: Request) {
    if (!spec.access || !req.user) return
    const params = spec.params ? spec.params.safeParse(req.params) : { success: true as const, data: undefined }
    if (params.success) await spec.access(contextOf(req), params.data)
  }

  function inScope<S extends RouteSpec>(spec: S, scope: Scope, page: boolean): S {
    if (scope.section === undefined) return spec
    return { ...spec, params: spec.params ?? personParams, roles: spec.roles ?? (page ? CASE_ROLES : undefined) }
  }

  function apiBuilder(router: Router, tag: string, scope: Scope) {
    const prefix = scope.section === undefined ? '' : '/people/:id'
    const add =
      (method: Method) =>
      <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends ApiResponse, Pub = false>(
        path: string,
        declared: ApiSpec<P, Q, B, R, Pub>,
        handler: Handler<CaseInput<RouteInput<P, Q, B, Pub>>, Outcome<R>>,
      ) => {
        const spec = inScope(declared, scope, false)
        routes.push({ kind: 'api', method, path: `/api/v1${prefix}${path}`, spec, tag, response: spec.response })
        router[method](`${prefix}${path}`, ...guard(spec), async (req: Request, res: Response) => {
          await accessFirst(scope, req)
          await declaredAccess(spec, req)
          const given = input(spec, req, res, false) as CaseInput<RouteInput<P, Q, B, Pub>>
          send(res, spec.response, await handler(given))
        })
      }
    return { get: add('get'), post: add('post'), put: add('put'), patch: add('patch'), delete: add('delete') }
  }

  function pageBuilder(router: Router, scope: Scope) {
    const prefix = scope.section === undefined ? '' : '/people/:id'
    const add =
      (method: 'get' | 'post') =>
      <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, Pub = false>(
        path: string,
        declared: PageSpec<P, Q, B, Pub>,
        handler: Handler<CaseInput<RouteInput<P, Q, B, Pub>>, unknown>,
      ) => {
        const spec = inScope(declared, scope, true)
        routes.push({ kind: 'page', method, path: `${prefix}${path}`, spec, formView: spec.form?.view })
        const form = spec.form ? [onInvalidRender(spec.form.view, spec.form.context)] : []
        router[method](`${prefix}${path}`, ...guard(spec), ...form, async (req: Request, res: Response) => {
          await accessFirst(scope, req)
          await declaredAccess(spec, req)
          if (scope.section !== undefined) showCase(res, contextOf(req), options.caseSections, scope.section)
          await handler(input(spec, req, res, true) as CaseInput<RouteInput<P, Q, B, Pub>>)
        })
      }
    return { get: add('get'), post: add('post') }
  }

  function send(res: Response, response: ApiResponse, result: unknown) {
    if (response === 'empty') return void res.status(204).end()
    if (response === 'pdf') {
      const { fileName, pdf } = result as PdfFile
      return sendPdf(res, fileName, pdf)
    }
    if (options.checkResponses) {
      const checked = response.schema.safeParse(result)
      if (!checked.success) throw new Error(`The answer does not match its declared schema: ${checked.error.message}`)
    }
    const created = response.createdWhen?.(result as never) ?? false
    res.status(created ? 201 : (response.status ?? 200)).json(result)
  }

  return {
    /** JSON routes under one tag, mounted under /api/v1. */
    api: (router: Router, tag: string) => apiBuilder(router, tag, {}),
    /** JSON routes of a person's case, under /api/v1/people/:id. */
    caseApi: (router: Router, tag: string) => apiBuilder(router, tag, { section: '' }),
    pages: (router: Router) => pageBuilder(router, {}),
    /** The pages of one case section, under /people/:id, with the case header and the tabs this role may open. */
    casePages: (router: Router, section: string) => pageBuilder(router, { section }),
    routes: (): readonly RegisteredRoute[] => routes,
    document: () => openApiDocument(routes.filter(route => route.kind === 'api')),
  }
}

export type RouteRegistry = ReturnType<typeof createRouteRegistry>
export type ApiRoutes = ReturnType<RouteRegistry['api']>
export type PageRoutes = ReturnType<RouteRegistry['pages']>
