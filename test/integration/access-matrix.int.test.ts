import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it, type TestContext } from 'node:test'
import { sql } from 'kysely'
import { z } from 'zod'
import type { CurrentUser } from '../../src/platform/auth/current-user.ts'
import type { RegisteredRoute } from '../../src/platform/web/routes/route-spec.ts'
import {
  expectedOutcome,
  PERSON_OWN_API,
  PRACTITIONER_WRITES,
  PRINCIPALS,
  RELATIONS,
  ROUTES,
  type Outcome,
  type Principal,
  type Rule,
  type Subject,
} from '../support/access-expectations.ts'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'

/**
 * The access matrix: every route of the registry (pages and API) × every role (and nobody signed in) × the people
 * the fixture holds in scope, out of scope, limited-access (excluded, restricted) and absent, reads then writes,
 * each answer compared with the declared table (test/support/access-expectations.ts), never with the code under
 * test. Writes carry a body their schema accepts, so that the access check, not validation, decides. Refused writes
 * must change nothing; the allowed writes run last and are held to their status class only.
 */

let app: TestApp
const clients = new Map<Principal, Client>()
/** A value planted in the special-category (diversity) record of Alpha: only the routes declared special show it. */
const SPECIAL_MARKER = 'Zq7SpecialCategoryMarker'
/**
 * A session of someone who is none of the principals (managerB): the session routes are asked about it, so that no one
 * else may see or end it, and it must outlive the matrix.
 */
let bystander: Client
let bystanderSession: string

before(async () => {
  app = await startTestApp()
  for (const principal of Object.keys(PRINCIPALS) as Principal[]) clients.set(principal, await signedIn(principal))
  const managerA = clients.get('managerA')!
  const diversity = await managerA.json('PUT', `/api/v1/people/${app.fixture.people.ofComA.id}/diversity`, {
    ...validJson(app.routes.find(r => r.kind === 'api' && r.method === 'put' && r.path.endsWith('/diversity'))!),
    adjustments: SPECIAL_MARKER,
  })
  assert.equal(diversity.status, 200, JSON.stringify(diversity.body))
  bystander = await new Client(app.baseUrl).signIn('managerB')
  const session = await app.services.handle.db
    .selectFrom('session')
    .select('public_id')
    .where('user_id', '=', app.fixture.staff.managerB!.id)
    .executeTakeFirstOrThrow()
  bystanderSession = session.public_id
})
after(() => app.close())

async function signedIn(principal: Principal) {
  const client = new Client(app.baseUrl)
  const { username } = PRINCIPALS[principal]
  if (username) return client.signIn(username)
  // Signed out, the anti-forgery token is the visitor's, read from a form as a browser would.
  client.csrfToken = await client.formToken('/sign-in')
  return client
}

interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  minItems?: number
  pattern?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  items?: JsonSchema
  additionalProperties?: JsonSchema | boolean
  default?: unknown
}

const jsonSchemaOf = (schema: z.ZodType | undefined): JsonSchema =>
  schema ? (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema) : {}

const key = (route: RegisteredRoute) => `${route.kind} ${route.method.toUpperCase()} ${route.path}`

/** A value the declared schema accepts: the first choice, a date, a short text, one item of a list. */
function validValue(schema: JsonSchema, name = ''): unknown {
  if (schema.const !== undefined) return schema.const
  if (schema.enum) return schema.enum.find(v => v !== '' && v !== null) ?? schema.enum[0]
  const options = schema.anyOf ?? schema.oneOf
  if (options) {
    const usable = options.filter(o => o.type !== 'null')
    return validValue(usable[0] ?? options[0]!, name)
  }
  const type = [schema.type].flat()[0]
  if (type === 'object' || schema.properties) {
    const properties = schema.properties ?? {}
    if ('day' in properties && 'month' in properties && 'year' in properties)
      return { day: '15', month: '1', year: '2026' }
    return Object.fromEntries(Object.entries(properties).map(([n, p]) => [n, validValue(p, n)]))
  }
  if (type === 'array')
    return schema.items
      ? Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => validValue(schema.items!, name))
      : []
  if (type === 'boolean') return true
  if (type === 'number' || type === 'integer')
    return name === 'version' || name === 'revision' ? 0 : Math.max(1, schema.minimum ?? 1)
  if (schema.format === 'uuid') return randomUUID()
  if (schema.format === 'date') return '2026-01-15'
  if (schema.format === 'date-time') return '2026-01-15T10:00:00.000Z'
  if (schema.format === 'email') return 'someone@example.org'
  if (/time/i.test(name)) return '10:30'
  if (/crn/i.test(name)) return 'Z999999'
  return 'Checked'.padEnd(Math.min(schema.minLength ?? 0, schema.maxLength ?? 7), 'x')
}

const bodySchemaOf = (route: RegisteredRoute, principal: Principal) => {
  const role = PRINCIPALS[principal].role ?? 'com'
  return jsonSchemaOf(route.spec.bodyFor?.({ role } as CurrentUser) ?? route.spec.body)
}

function validJson(route: RegisteredRoute, principal: Principal = 'comA') {
  return validValue(bodySchemaOf(route, principal)) as Record<string, unknown>
}

/** The same body as a form: a date as its day, month and year parts, a list as the name repeated. */
function validForm(route: RegisteredRoute, principal: Principal) {
  const form: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(validJson(route, principal) ?? {})) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [part, v] of Object.entries(value)) form[`${name}-${part}`] = String(v)
    } else if (Array.isArray(value)) form[name] = value.map(String)
    else form[name] = String(value)
  }
  return form
}

const SUBJECT_IDS = (): Record<Subject, string> => ({
  ofComA: app.fixture.people.ofComA.id,
  ofComA2: app.fixture.people.ofComA2.id,
  ofComC: app.fixture.people.ofComC.id,
  excludedForComA2: app.fixture.people.excludedForComA2.id,
  restrictedToComA: app.fixture.people.restrictedToComA.id,
  absent: '00000000-0000-4000-8000-00000000abcd',
})

/** Other params: the first choice of an enum, a staff member's own id (comA's), else an id that is not there. */
function pathOf(route: RegisteredRoute, subject: Subject): string {
  const params = jsonSchemaOf(route.spec.params).properties ?? {}
  return route.path.replace(/:(\w+)|\*(\w+)/g, (_, name: string | undefined, rest: string | undefined) => {
    if (rest) return 'date-of-birth'
    if (name === 'id') return SUBJECT_IDS()[subject]
    const param = params[name!] ?? {}
    if (param.enum) return String(param.enum[0])
    if (name === 'staffId') return app.fixture.staff.comA!.id
    // Staff administration names a staff account that is none of the principals, so that the administrator finds it.
    if (name === 'userId') return app.fixture.staff.pom1b!.id
    if (name === 'sessionId') return bystanderSession
    // Subject access names the person it is about: Alpha, whose diversity record holds the marker.
    if (name === 'personId') return SUBJECT_IDS().ofComA
    if (name === 'code') return 'ABCD-EFGH-JKLM'
    return randomUUID()
  })
}

/**
 * A route with an id in its address besides the person's: the thing it names is absent, so allowed answers 404. The
 * staff account and the subject access's person are there (pom1b, Alpha): allowed finds them.
 */
const namesAnotherThing = (route: RegisteredRoute) => /:(?!id\b|userId\b|personId\b)\w+/.test(route.path)

interface Cell {
  route: RegisteredRoute
  rule: Rule
  principal: Principal
  subject: Subject
  expected: Outcome
}

interface Answer {
  status: number
  location: string
  text: string
}

async function ask(cell: Cell): Promise<Answer> {
  const { route, principal } = cell
  const client = route.path.endsWith('/sign-out') ? await signedIn(principal) : clients.get(principal)!
  const method = route.method.toUpperCase()
  const path = pathOf(route, cell.subject)
  const headers = client.csrfToken ? { 'x-csrf-token': client.csrfToken } : undefined
  const response =
    method === 'GET'
      ? await client.get(path)
      : route.kind === 'api'
        ? await client.request(method, path, { json: route.spec.body ? validJson(route, principal) : {}, headers })
        : await client.request(method, path, { form: validForm(route, principal), headers })
  return { status: response.status, location: response.headers.get('location') ?? '', text: await response.text() }
}

/** Whether the answer is the declared outcome. */
function matches(cell: Cell, answer: Answer): boolean {
  const { status, location, text } = answer
  const toSignIn = (status === 302 || status === 303) && location.startsWith('/sign-in')
  switch (cell.expected) {
    case 'signIn':
      return cell.route.kind === 'api' ? status === 401 : toSignIn
    case 'notFound':
      return status === 404
    case 'forbidden':
      return status === 403 && !text.includes(app.fixture.barredMessage)
    case 'limited':
      return status === 403 && text.includes(app.fixture.barredMessage)
    case 'allowed':
      if (toSignIn || status === 401 || status === 403 || status >= 500) return false
      // Another thing named in the address (a goal, a review) is absent: found the person, then not the thing.
      return status !== 404 || namesAnotherThing(cell.route)
  }
}

const SUBJECTS_OF = (principal: Principal) => Object.keys(RELATIONS[principal]) as Subject[]

function cells(filter: (route: RegisteredRoute) => boolean): Cell[] {
  const all: Cell[] = []
  for (const route of app.routes.filter(filter)) {
    const rule = ROUTES[key(route)]
    if (!rule) continue
    const onePerson = !route.path.includes(':id')
    for (const principal of Object.keys(PRINCIPALS) as Principal[]) {
      for (const subject of onePerson ? (['ofComA'] as Subject[]) : SUBJECTS_OF(principal)) {
        const declared = expectedOutcome(rule, principal, subject)
        const ownApi = principal === 'person' && subject === 'ofComA' ? PERSON_OWN_API[key(route)] : undefined
        all.push({ route, rule, principal, subject, expected: ownApi ?? declared })
      }
    }
  }
  return all
}

/** Asks every cell, eight at a time, and returns every mismatch so that one run names them all. */
async function run(list: Cell[], extra?: (cell: Cell, answer: Answer) => string | undefined) {
  const failures: string[] = []
  let next = 0
  const worker = async () => {
    while (next < list.length) {
      const cell = list[next++]!
      const answer = await ask(cell)
      const where = `${key(cell.route)} as ${cell.principal} about ${cell.subject}`
      if (!matches(cell, answer))
        failures.push(`${where}: expected ${cell.expected}, answered ${answer.status} ${answer.text.slice(0, 100)}`)
      const problem = extra?.(cell, answer)
      if (problem) failures.push(`${where}: ${problem}`)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return failures.sort()
}

function report(t: TestContext, failures: string[], of: number) {
  t.diagnostic(`${of} requests`)
  assert.deepEqual(failures, [], `${failures.length} of ${of} cells:\n${failures.join('\n')}`)
}

/** Names and CRNs of the fixture's people: a partner's answers hold none of them. */
const caseWords = () => Object.values(app.fixture.people).flatMap(p => [p.crn, p.last_name])

/** Row counts of every table but the audit trail and the sessions, which a refused request does write. */
async function tableCounts() {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(app.services.handle.db)
  const counts: Record<string, number> = {}
  for (const { table_name } of tables.rows) {
    if (/audit|session|throttle|sign_in/.test(table_name)) continue
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table_name)}`.execute(
      app.services.handle.db,
    )
    counts[table_name] = rows[0]!.n
  }
  return counts
}

const isRead = (route: RegisteredRoute) => route.method === 'get'

describe('the access matrix', () => {
  it('declares every route of the registry, and no route that is not there', () => {
    const registered = app.routes.map(key)
    assert.deepEqual(
      registered.filter(k => !(k in ROUTES)),
      [],
      'every route needs a line in test/support/access-expectations.ts',
    )
    assert.deepEqual(
      Object.keys(ROUTES).filter(k => !registered.includes(k)),
      [],
      'lines for routes that are gone',
    )
  })

  it('answers every read as the table declares, and shows special-category data and case data only where declared', async t => {
    const list = cells(isRead)
    const failures = await run(list, (cell, answer) => {
      if (answer.status !== 200) return undefined
      const special = (cell.rule.kind === 'case' || cell.rule.kind === 'signedIn') && cell.rule.special
      if (answer.text.includes(SPECIAL_MARKER) && !special) return 'shows the special-category marker'
      if (cell.principal === 'partner' && caseWords().some(word => answer.text.includes(word)))
        return 'shows a partner case data'
      if (answer.text.includes(bystanderSession)) return 'shows another user’s session'
      return undefined
    })
    report(t, failures, list.length)
  })

  it('refuses every write the table refuses, whatever the body, and the refusals change nothing', async t => {
    const list = cells(r => !isRead(r)).filter(c => c.expected !== 'allowed')
    const before = await tableCounts()
    const failures = await run(list)
    report(t, failures, list.length)
    assert.deepEqual(await tableCounts(), before)
  })

  it('lets through every write the table allows (status class only)', async t => {
    // Ending one's other sessions would end the fresh sessions the sign-out cells sign in: those run after the rest.
    const endsOthers = (cell: Cell) => cell.route.path.endsWith('/end-others')
    const list = cells(r => !isRead(r)).filter(c => c.expected === 'allowed')
    const failures = [...(await run(list.filter(c => !endsOthers(c)))), ...(await run(list.filter(endsOthers)))]
    report(t, failures, list.length)
    assert.equal((await bystander.get('/api/v1/me')).status, 200, 'another user’s session outlives every write')
  })

  it('refuses changes to a practitioner’s workload to those who may not make them, before reading the body', async () => {
    const failures: string[] = []
    for (const [principal, practitioner, hours, courtReports] of PRACTITIONER_WRITES) {
      const base = `/api/v1/workload/practitioners/${app.fixture.staff[practitioner]!.id}`
      const client = clients.get(principal)!
      for (const [method, path, allowed] of [
        ['PUT', `${base}/hours`, hours],
        ['POST', `${base}/reductions`, hours],
        ['POST', `${base}/court-reports`, courtReports],
      ] as const) {
        // An empty body: validation (400) is reached only by those allowed.
        const { status } = await client.json(method, path, {})
        if (status !== (allowed ? 400 : 404)) failures.push(`${method} ${path} as ${principal}: ${status}`)
      }
    }
    assert.deepEqual(failures, [])
  })
})
