import type { Request, RequestHandler, Response, Router } from 'express'
import { z } from 'zod'

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface ApiOperation {
  summary: string
  tag: string
  /** The schema the handler validates its body with: the same one feeds the document. */
  body?: z.ZodType
  query?: z.ZodType
  /** True for the few calls anyone may make without signing in. */
  public?: boolean
}

interface Registered extends ApiOperation {
  method: Method
  path: string
}

/** Routes under /api/v1 are declared here once, so the OpenAPI document cannot drift from what is served. */
export function createApiRegistry() {
  const operations: Registered[] = []

  function on(router: Router) {
    const add =
      (method: Method) =>
      (path: string, operation: ApiOperation, handler: (req: Request, res: Response) => Promise<unknown> | unknown) => {
        operations.push({ ...operation, method, path })
        router[method](path, handler as RequestHandler)
      }
    return { get: add('get'), post: add('post'), put: add('put'), patch: add('patch'), delete: add('delete') }
  }

  function document() {
    const paths: Record<string, Record<string, unknown>> = {}
    for (const op of operations) {
      const path = `/api/v1${op.path.replace(/:(\w+)/g, '{$1}')}`
      paths[path] ??= {}
      paths[path][op.method] = {
        summary: op.summary,
        tags: [op.tag],
        security: op.public ? [] : undefined,
        parameters: [...pathParameters(op.path), ...queryParameters(op.query)],
        requestBody: op.body
          ? { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } }
          : undefined,
        responses: responses(op),
      }
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'Resettle API',
        version: '1.0.0',
        description: 'Resettlement case management. JSON in, JSON out.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'resettle_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
      paths,
    }
  }

  return { on, document }
}

export type ApiRegistry = ReturnType<typeof createApiRegistry>

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
}

function pathParameters(path: string) {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
}

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return []
  const schema = jsonSchema(query) as { properties?: Record<string, object>; required?: string[] }
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }))
}

function responses(op: Registered) {
  const problem = { description: 'A problem: { status, title, errors? }' }
  return {
    '200': { description: 'OK' },
    ...(op.body ? { '400': { description: 'Bad input: errors name each field and what to fix' } } : {}),
    ...(op.public ? {} : { '401': problem, '403': problem }),
    '404': problem,
  }
}
