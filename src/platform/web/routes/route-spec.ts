import type { Request, Response } from 'express'
import type { z } from 'zod'
import type { CurrentUser, RequestContext } from '../../auth/current-user.ts'
import type { Role } from '../../db/schema.ts'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** What a route declares about itself: the registry enforces every part of it before the handler runs. */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  summary: string
  params?: P
  query?: Q
  body?: B
  /**
   * Where who asks changes what the body holds (the person writes a goal in their own words; a practitioner also
   * says what kind of goal it is): the body's schema for this user, one of the shapes `body` documents.
   */
  bodyFor?: (user: CurrentUser) => z.ZodType<z.output<B>>
  /** It takes a `multipart/form-data` form with files (src/platform/web/uploads.ts), as well as a plain one. */
  upload?: boolean
  /** Anyone may call it without signing in (sign-in itself, the public checker). */
  public?: boolean
  /** The only roles that may reach it at all; anyone else is answered as if it were not there (404). */
  roles?: readonly Role[]
  /**
   * Whether this user may reach what the address names, asked with the params parsed but before the body is, so
   * that someone refused never learns what a valid body holds: it throws the refusal (the service decides).
   */
  access?(ctx: RequestContext, params: z.output<P>): Promise<unknown>
}

/** What the handler is handed: the input already parsed by the declared schemas. */
export interface RouteInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, Pub> {
  ctx: Pub extends true ? RequestContext | undefined : RequestContext
  params: z.output<P>
  query: z.output<Q>
  body: z.output<B>
  req: Request
  res: Response
}

/**
 * An API response: JSON described by a schema, a PDF, or nothing (204). A PUT that may create what it names says
 * which answers are a creation (201); the others are `status`, or 200.
 */
export type ApiResponse =
  { status?: number; schema: z.ZodType; createdWhen?: (result: never) => boolean } | 'pdf' | 'empty'

export interface PdfFile {
  fileName: string
  pdf: Buffer
}

export interface RegisteredRoute {
  kind: 'api' | 'page'
  method: Method
  /** The full path as served, `/api/v1/people/:id` for the API. */
  path: string
  spec: RouteSpec
  tag?: string
  response?: ApiResponse
  /** For a page form: the view its errors are shown on. */
  formView?: string
}
