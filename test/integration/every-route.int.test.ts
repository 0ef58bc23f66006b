import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { z } from 'zod'
import type { CurrentUser } from '../../src/platform/auth/current-user.ts'
import type { RegisteredRoute } from '../../src/platform/web/routes/route-spec.ts'
import { routeClients, roleOf } from '../support/route-clients.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Every route in the registry, page and API, sent input that breaks what it declares and the hostile input a probe
 * found crashing routes: each must answer 4xx (API answers naming the fields to put right), never 5xx. Generated from
 * the registry, so that a new route cannot escape.
 */

let app: TestApp

before(async () => {
  app = await startTestApp()
})
after(() => app.close())

const clientFor = routeClients(() => app.baseUrl)

interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  format?: string
  maxLength?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  items?: JsonSchema
}

const jsonSchemaOf = (schema: z.ZodType | undefined): JsonSchema => {
  const json = schema ? (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema) : {}
  // A body of several shapes is broken by breaking its first.
  return !json.properties && json.anyOf?.[0]?.properties ? json.anyOf[0] : json
}

/** The body schema this route holds the test's user to (some routes hold the person to a shape of their own). */
const bodySchemaOf = (route: RegisteredRoute) =>
  jsonSchemaOf(route.spec.bodyFor?.({ role: roleOf(route) } as CurrentUser) ?? route.spec.body)

/**
 * The address with each param filled: the fixture's person for `:id`, comA for `:staffId`, the first choice of an
 * enum, else an id.
 */
function pathOf(route: RegisteredRoute, malformed = false): string {
  const params = jsonSchemaOf(route.spec.params).properties ?? {}
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const param = params[name] ?? {}
    if (param.enum) return String(param.enum[0])
    if (malformed) return 'not-an-id'
    // A practitioner the test's manager (and, for court reports, the COM) may change: access is checked before the body.
    if (name === 'staffId') return app.fixture.staff.comA!.id
    return name === 'id' ? app.fixture.people.ofComA.id : randomUUID()
  })
}

const uuidParams = (route: RegisteredRoute) =>
  Object.entries(jsonSchemaOf(route.spec.params).properties ?? {}).filter(([, p]) => p.format === 'uuid')
const hasUuidParam = (route: RegisteredRoute) => uuidParams(route).length > 0

/**
 * What a refused body gets: 400, except that a form about a record the test cannot name (a review, a step) is shown
 * on that record's page, which answers 404 first.
 */
const refusedBody = (route: RegisteredRoute) =>
  route.kind === 'page' && uuidParams(route).some(([name]) => name !== 'id') ? [400, 404] : [400]

/** A value the property's declared schema refuses, or undefined when nothing it declares can be broken. */
function wrongValue(property: JsonSchema): string | undefined {
  if (property.anyOf) return property.anyOf.map(wrongValue).find(v => v !== undefined)
  if (property.enum) return 'not-one-of-the-choices'
  if (property.format === 'uuid') return 'not-an-id'
  if (property.format === 'date') return '2026-13-45'
  if (property.type === 'boolean') return 'perhaps'
  if (property.type === 'number' || property.type === 'integer') return 'many'
  if (property.type === 'string' && property.maxLength !== undefined) return 'x'.repeat(property.maxLength + 1)
  return undefined
}

/** A body that breaks the route's body schema: every field it can make wrong made wrong, required ones left out. */
function breakingBody(route: RegisteredRoute): Record<string, string> {
  const schema = bodySchemaOf(route)
  const body: Record<string, string> = {}
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const wrong = wrongValue(property)
    if (wrong !== undefined) body[name] = wrong
  }
  return body
}

/** The same text in every field that takes text, or in a field of its own when none does. */
function everyText(route: RegisteredRoute, text: string): Record<string, string> {
  const properties = bodySchemaOf(route).properties ?? {}
  const names = Object.entries(properties)
    .filter(([, p]) => p.type === 'string' || p.anyOf?.some(option => option.type === 'string'))
    .map(([name]) => name)
  return Object.fromEntries((names.length ? names : ['note']).map(name => [name, text]))
}

async function send(route: RegisteredRoute, body: Record<string, string>, path = pathOf(route)) {
  const client = await clientFor(route)
  const headers = client.csrfToken ? { 'x-csrf-token': client.csrfToken } : undefined
  return route.kind === 'api'
    ? client.request(route.method.toUpperCase(), path, { json: body, headers })
    : client.request(route.method.toUpperCase(), path, { form: body, headers })
}

/** Every route's failure, so that one run names them all. */
async function eachRoute(routes: readonly RegisteredRoute[], check: (route: RegisteredRoute) => Promise<void>) {
  const failures: string[] = []
  for (const route of routes) {
    try {
      await check(route)
    } catch (error) {
      failures.push((error as Error).message.split('\n')[0]!)
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of ${routes.length} routes:\n${failures.join('\n')}`)
}

async function expectRefused(route: RegisteredRoute, response: Response, what: string, status?: number | number[]) {
  const text = await response.text()
  const where = `${route.method.toUpperCase()} ${route.path} (${route.kind}), ${what}`
  const allowed = status === undefined ? undefined : [status].flat()
  if (allowed)
    assert.ok(allowed.includes(response.status), `${where} answered ${response.status}: ${text.slice(0, 300)}`)
  else
    assert.ok(
      response.status >= 400 && response.status < 500,
      `${where} answered ${response.status}: ${text.slice(0, 300)}`,
    )
  if (route.kind === 'api' && response.status === 400) {
    const problem = JSON.parse(text) as { errors?: { field: string; message: string }[] }
    assert.ok(problem.errors?.length, `${where}: the problem names the fields to put right`)
    for (const error of problem.errors!) assert.ok(error.field && error.message, `${where}: ${JSON.stringify(error)}`)
  }
  if (route.kind === 'page' && response.status === 400 && route.formView) {
    assert.match(text, /There is a problem/, `${where}: the form shows the GOV.UK error summary`)
  }
}

const WRITES = new Set(['post', 'put', 'patch', 'delete'])

describe('every route refuses what it does not declare', () => {
  it('holds every route of every feature, pages and API', () => {
    const routes = app.routes
    assert.ok(routes.filter(r => r.kind === 'api').length > 40, 'the API routes are registered')
    assert.ok(routes.filter(r => r.kind === 'page').length > 40, 'the pages are registered')
  })

  it('answers a body that breaks its declared schema with 400 and the fields to put right', async () => {
    // The public checker's journey asks one question a page and shows its own errors on the next page it answers:
    // its body is any record of the answers so far. Every other body breaks.
    const CHECKER = '/check-your-record/*rest'
    const withBodies = app.routes.filter(r => WRITES.has(r.method) && r.spec.body && r.path !== CHECKER)
    await eachRoute(withBodies, async route => {
      const body = breakingBody(route)
      const response = await send(route, body)
      await expectRefused(
        route,
        response,
        `a body that breaks its schema ${JSON.stringify(body).slice(0, 120)}`,
        refusedBody(route),
      )
    })
  })

  it('refuses a NUL character in any text with 400, never 500', async () => {
    await eachRoute(
      app.routes.filter(r => WRITES.has(r.method)),
      async route =>
        expectRefused(route, await send(route, everyText(route, 'a\u0000b')), 'a NUL in text', refusedBody(route)),
    )
  })

  it('refuses a lone surrogate in any text sent as JSON with 400', async () => {
    await eachRoute(
      app.routes.filter(r => WRITES.has(r.method) && r.kind === 'api'),
      async route =>
        expectRefused(route, await send(route, everyText(route, 'broken \ud800 text')), 'a lone surrogate', 400),
    )
  })

  it('refuses more than 200 form fields with 413', async () => {
    const fields = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`field${i}`, 'x']))
    await eachRoute(
      app.routes.filter(r => WRITES.has(r.method)),
      async route => {
        const client = await clientFor(route)
        const headers = client.csrfToken ? { 'x-csrf-token': client.csrfToken } : undefined
        const response = await client.request(route.method.toUpperCase(), pathOf(route), { form: fields, headers })
        await expectRefused(route, response, 'too many form fields', 413)
      },
    )
  })

  it('refuses a body of another content type with 415', async () => {
    await eachRoute(
      app.routes.filter(r => WRITES.has(r.method) && r.spec.body),
      async route => {
        const client = await clientFor(route)
        const headers = {
          'content-type': 'application/xml',
          ...(client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {}),
        }
        const response = await fetch(app.baseUrl + pathOf(route), {
          method: route.method.toUpperCase(),
          headers: { ...headers, cookie: client.cookieHeader() },
          body: '<screening><pathway>accommodation</pathway></screening>',
          redirect: 'manual',
        })
        await expectRefused(route, response, 'an XML body', 415)
      },
    )
  })

  it('answers a malformed id in the address with 400 in the API and 404 on a page', async () => {
    await eachRoute(app.routes.filter(hasUuidParam), async route => {
      const response = WRITES.has(route.method)
        ? await send(route, {}, pathOf(route, true))
        : await (await clientFor(route)).get(pathOf(route, true))
      await expectRefused(route, response, 'a malformed id', route.kind === 'api' ? 400 : 404)
    })
  })

  it('refuses a NUL character in any query parameter with 400', async () => {
    await eachRoute(
      app.routes.filter(r => r.method === 'get' && r.spec.query),
      async route => {
        const names = Object.keys(jsonSchemaOf(route.spec.query).properties ?? {})
        const query = new URLSearchParams(Object.fromEntries(names.map(name => [name, 'a\u0000b'])))
        const response = await (await clientFor(route)).get(`${pathOf(route)}?${query}`)
        await expectRefused(route, response, 'a NUL in the query', 400)
      },
    )
  })
})
