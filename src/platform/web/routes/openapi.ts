import { z } from 'zod'
import type { RegisteredRoute } from './route-spec.ts'

const PROBLEM = {
  type: 'object',
  properties: {
    status: { type: 'integer' },
    title: { type: 'string' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        required: ['field', 'message'],
      },
    },
    correlationId: { type: 'string' },
  },
  required: ['status', 'title'],
}

/** The OpenAPI 3.1 document of the API routes, from the same schemas that parse their input and answers. */
export function openApiDocument(routes: readonly RegisteredRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}')
    paths[path] ??= {}
    paths[path][route.method] = {
      summary: route.spec.summary,
      tags: route.tag ? [route.tag] : undefined,
      security: route.spec.public ? [] : undefined,
      parameters: [...pathParameters(route), ...queryParameters(route.spec.query)],
      requestBody: route.spec.body
        ? { required: true, content: { 'application/json': { schema: jsonSchema(route.spec.body, 'input') } } }
        : undefined,
      responses: responses(route),
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
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'resettle_session',
          description: 'Named __Host-resettle_session in production (Secure, Path=/, no Domain)',
        },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: { Problem: PROBLEM },
    },
    security: [{ session: [], csrf: [] }],
    paths,
  }
}

function jsonSchema(schema: z.ZodType, io: 'input') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' })
}

function pathParameters(route: RegisteredRoute) {
  const declared = route.spec.params
    ? ((jsonSchema(route.spec.params, 'input') as { properties?: Record<string, object> }).properties ?? {})
    : {}
  return [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: declared[name!] ?? { type: 'string' },
  }))
}

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return []
  const schema = jsonSchema(query, 'input') as { properties?: Record<string, object>; required?: string[] }
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }))
}

function responses(route: RegisteredRoute) {
  const problem = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
  })
  const hasInput = Boolean(route.spec.body || route.spec.query || route.spec.params)
  return {
    ...success(route),
    ...(hasInput ? { '400': problem('Bad input: errors name each field and what to fix') } : {}),
    ...(route.spec.public ? {} : { '401': problem('Not signed in'), '403': problem('Not allowed') }),
    '404': problem('Not found, or not yours to see'),
    ...(route.spec.body ? { '415': problem('The body is neither JSON nor a form') } : {}),
  }
}

function success(route: RegisteredRoute) {
  const response = route.response
  if (response === 'empty') return { '204': { description: 'Done; no content' } }
  if (response === 'pdf') {
    return {
      '200': {
        description: 'A PDF document',
        content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
      },
    }
  }
  if (!response) return {}
  const content = { 'application/json': { schema: jsonSchema(response.schema, 'input') } }
  return {
    [String(response.status ?? 200)]: { description: response.status === 201 ? 'Created' : 'OK', content },
    ...(response.createdWhen ? { '201': { description: 'Created', content } } : {}),
  }
}
