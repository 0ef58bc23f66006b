import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import { sql } from 'kysely'
import { z } from 'zod'
import type { CurrentUser } from '../../src/platform/auth/current-user.ts'
import type { RegisteredRoute } from '../../src/platform/web/routes/route-spec.ts'
import { routeClients, roleOf } from '../support/route-clients.ts'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Property-based fuzzing of every route in the registry, page and API, with hostile input generated from the route's
 * declared schemas: wrong types, huge strings, deep nesting, NUL and lone surrogates, injection strings, impossible
 * dates, numbers beyond int4, arrays where scalars are expected, too many fields, other content types, malformed
 * %-escapes and ids. Sent as a signed-in user who may use the route, with a valid anti-forgery token. Whatever is sent:
 * never a 5xx; a refused write changes nothing (a fingerprint of every table, the audit trail too, is the same before
 * and after); and every page shows what it was sent escaped.
 *
 * Deterministic by default. FUZZ_SEED picks another seed, FUZZ_RUNS the runs per route, FUZZ_ONLY the routes whose
 * `METHOD /path` contains it: a failure prints all three, so that `FUZZ_SEED=… FUZZ_ONLY='POST /people/:id/edit'`
 * runs it again.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 19)
const RUNS = Number(process.env.FUZZ_RUNS ?? 6)
const ONLY = process.env.FUZZ_ONLY

let app: TestApp

before(async () => {
  app = await startTestApp()
})
after(() => app.close())

const keyOf = (route: RegisteredRoute) => `${route.method.toUpperCase()} ${route.path}`
const WRITES = new Set(['post', 'put', 'patch', 'delete'])

const clientFor = routeClients(() => app.baseUrl)

interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  items?: JsonSchema
}

const jsonSchemaOf = (schema: z.ZodType | undefined): JsonSchema | undefined =>
  schema ? (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema) : undefined

/** The body schema this route holds the test's user to (some routes hold the person to a shape of their own). */
const bodySchemaOf = (route: RegisteredRoute) =>
  jsonSchemaOf(route.spec.bodyFor?.({ role: roleOf(route) } as CurrentUser) ?? route.spec.body)

/** The properties of an object schema, or of the first of several shapes. */
const propertiesOf = (schema: JsonSchema | undefined): Record<string, JsonSchema> =>
  schema?.properties ?? schema?.anyOf?.find(option => option.properties)?.properties ?? {}

// ---- What is sent: hostile text, numbers and dates, and the markers that must never come back unescaped ----------

/** Payloads that would run or break out of markup if a page showed them raw; each marker below is one of them. */
const MARKUP = [
  '<script>fz(1)</script>',
  '"><img src=x onerror=fz(2)>',
  "' autofocus onfocus='fz(3)",
  '" autofocus onfocus="fz(4)',
  '</textarea><svg onload=fz(5)>',
  '{{ "fz" ~ "tpl" }}',
  '{% if true %}fzblock{% endif %}',
]
/** Raw in a page, any of these means a payload was not escaped (or, for the last two, was run as a template). */
const UNESCAPED = ['<script>fz(', '<img src=x onerror=fz(', "' autofocus onfocus='fz(", '" autofocus onfocus="fz(']
const UNESCAPED_ALSO = ['<svg onload=fz(', 'fztpl', '>fzblock<', ' fzblock ']

const INJECTION = [
  "' OR '1'='1",
  "'; drop table person; --",
  '1; select pg_sleep(0)',
  '${7*7}',
  '#{7*7}',
  '../../../../etc/passwd',
  '%s%s%s%n',
  'line\r\nSet-Cookie: fz=1',
  '__proto__',
  'constructor',
  '\u202egnp.exe',
  'e\u0301\u0301\u0301 \u200b\ufeff 🙂👩🏽‍⚕️',
  ' ',
  '',
]

const NASTY_TEXT = [
  'a\u0000b',
  '\u0000',
  'broken \ud800 text',
  '\udc00',
  'end \ud83d',
  '\u0007\u001b[31m',
  '\uffff\ufffe',
]

const NUMBERS = [
  '2147483648',
  '-2147483649',
  '99999999999999999999999',
  '9007199254740993',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  '-1',
  '0',
  ' 7 ',
  '１２',
]
const JSON_NUMBERS = [2147483648, -2147483649, 1e300, Number.MAX_SAFE_INTEGER + 2, -1, 0, 1.5, -0]

const DATES = [
  '2025-02-30',
  '2026-13-45',
  '0000-00-00',
  '2023-02-29',
  '1900-02-29',
  '9999-12-31',
  '+275760-09-13',
  '-000001-01-01',
  '2025-1-1',
  '31/02/2025',
  '2024-02-29T25:61:00Z',
  '20250101',
]
const DATE_PARTS = [
  { day: '30', month: '2', year: '2025' },
  { day: '0', month: '0', year: '0' },
  { day: '1', month: '1', year: '99999999999' },
  { day: '-1', month: '13', year: '2025' },
  { day: '1.5', month: 'Feb', year: '２０２５' },
  { day: '', month: '', year: '' },
]

const MALFORMED_IDS = [
  'not-an-id',
  '99999999999999999999',
  '2147483648',
  '-1',
  '0',
  '00000000-0000-0000-0000-00000000000g',
  '..',
  '%00',
  '%zz',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  'a%2Fb',
  'x'.repeat(3000),
]

const huge = (n: number) => fc.constantFrom('x'.repeat(n), '<'.repeat(n), 'é'.repeat(n / 2))

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP, ...INJECTION) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS, ...DATES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: huge(60_000) },
)

// ---- Values from a declared schema: valid, or hostile where the schema says what is valid --------------------------

const validDate = fc.constantFrom('2026-01-14', '2025-06-30', '2000-02-29', '2026-12-31')

/** A value the declared property accepts, as far as its schema shows (marked-up text where it takes text). */
function validValue(p: JsonSchema): fc.Arbitrary<unknown> {
  if (p.anyOf?.length) return fc.oneof(...p.anyOf.map(validValue))
  if (p.enum?.length) return fc.constantFrom(...p.enum)
  if (p.format === 'uuid') return fc.uuid({ version: 4 })
  if (p.format === 'date') return validDate
  const type = [p.type].flat()[0]
  if (type === 'boolean') return fc.boolean()
  if (type === 'integer')
    return fc.integer({ min: Math.max(p.minimum ?? -1000, -(2 ** 31)), max: Math.min(p.maximum ?? 1000, 2 ** 31 - 1) })
  if (type === 'number')
    return fc.double({ min: p.minimum ?? -1000, max: p.maximum ?? 1000, noNaN: true, noDefaultInfinity: true })
  if (type === 'array') return fc.array(validValue(p.items ?? {}), { maxLength: 3 })
  if (type === 'object' && p.properties?.day) return fc.constantFrom({ day: '14', month: '1', year: '2026' })
  if (type === 'object')
    return fc.record(Object.fromEntries(Object.entries(p.properties ?? {}).map(([n, q]) => [n, validValue(q)])))
  if (type === 'null') return fc.constant(null)
  const max = p.maxLength ?? 200
  const min = p.minLength ?? 0
  return fc
    .oneof(fc.constantFrom(...MARKUP, ...INJECTION.filter(s => s.trim())), fc.string({ minLength: min, maxLength: 30 }))
    .map(text => text.padEnd(min, 'x').slice(0, max))
}

const deepArray = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown
const deepObject = (depth: number) => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) as unknown

/** A value of the wrong type, shape or size for any property. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.constantFrom(...JSON_NUMBERS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(true, false, null, {}, [], [null], ['a', 'b'], { day: 30, month: 2, year: 2025 }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...DATE_PARTS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(deepArray(2000), deepObject(500), JSON.parse('{"__proto__":{"admin":true}}')),
  },
  { weight: 1, arbitrary: fc.array(hostileText, { minLength: 1, maxLength: 3 }) },
)

/**
 * The declared fields, each made by `valid` or `hostile`: all valid (so that a write reaches the service and what it
 * saves is shown again), all valid but one (so that the one is what the route must refuse), or any mix, fields left
 * out too. Most hostile input a schema refuses; the one field among valid ones is what finds a service that trusts it.
 */
function shapedFields<T>(
  schema: JsonSchema | undefined,
  valid: (name: string, p: JsonSchema) => fc.Arbitrary<T>,
  hostile: (name: string, p: JsonSchema) => fc.Arbitrary<T>,
): fc.Arbitrary<T[]> {
  const fields = Object.entries(propertiesOf(schema))
  const required = new Set(schema?.required ?? schema?.anyOf?.find(o => o.properties)?.required ?? [])
  const allValid = fc.tuple(
    ...fields.map(([name, p]) =>
      required.has(name)
        ? valid(name, p).map(v => [v])
        : fc.option(
            valid(name, p).map(v => [v]),
            { nil: [] },
          ),
    ),
  )
  const mixed = fc.tuple(
    ...fields.map(([name, p]) =>
      fc.oneof(
        valid(name, p).map(v => [v]),
        hostile(name, p).map(v => [v]),
        fc.constant([]),
      ),
    ),
  )
  if (!fields.length) return fc.constant([])
  const oneWrong = fc
    .tuple(allValid, fc.nat(fields.length - 1), fc.oneof(...fields.map(([name, p]) => hostile(name, p))))
    .chain(([values, at]) => {
      const [name, p] = fields[at]!
      return hostile(name, p).map(wrong => values.map((v, i) => (i === at ? [wrong] : v)))
    })
  return fc
    .oneof({ weight: 3, arbitrary: allValid }, { weight: 4, arbitrary: oneWrong }, { weight: 2, arbitrary: mixed })
    .map(values => values.flat() as T[])
}

/** A JSON body: the declared shape with valid and hostile values, extra fields, or something else altogether. */
function jsonBody(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const shaped = shapedFields(
    schema,
    (name, p) => validValue(p).map(v => [name, v] as const),
    name => hostileJson.map(v => [name, v] as const),
  ).map(entries => Object.fromEntries(entries) as Record<string, unknown>)
  const extra = fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'fz', 'a.b', '', '\u0000', 'x'.repeat(500)),
    hostileJson,
    { maxKeys: 3 },
  )
  return fc.oneof(
    { weight: 8, arbitrary: shaped },
    { weight: 1, arbitrary: fc.tuple(shaped, extra).map(([a, b]) => ({ ...b, ...a })) },
    { weight: 1, arbitrary: hostileJson },
  )
}

/** `application/x-www-form-urlencoded`, with a lone surrogate sent as the bytes a broken client would send. */
function formEncode(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    out += code >= 0xd800 && code <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(char)
  }
  return out
}

type Pairs = [string, string][]

const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v))
const isDateField = (p: JsonSchema) =>
  p.format === 'date' || Boolean(p.anyOf?.some(option => option.format === 'date' || option.properties?.day))
const dateInputs = (name: string, parts: Record<string, string>): Pairs =>
  Object.entries(parts).map(([part, v]): [string, string] => [`${name}-${part}`, v])

/** A valid form field as a browser sends it: ticked boxes as the name repeated, a date as GOV.UK date parts. */
function validFormValue(name: string, p: JsonSchema): fc.Arbitrary<Pairs> {
  if (isDateField(p))
    return validDate.map(date => {
      const [year, month, day] = date.split('-')
      return dateInputs(name, { day: String(Number(day)), month: String(Number(month)), year: year! })
    })
  return validValue(p).map((v): Pairs => [v].flat().map((one): [string, string] => [name, asText(one)]))
}

/** A hostile form field: text, the name repeated, or GOV.UK date parts that are no date. */
function hostileFormValue(name: string, p: JsonSchema): fc.Arbitrary<Pairs> {
  const single = hostileJson.map((v): Pairs => [[name, asText(v)]])
  const repeated = fc.array(fc.oneof(validValue(p).map(asText), hostileText), { minLength: 2, maxLength: 4 })
  const options: fc.Arbitrary<Pairs>[] = [
    single,
    single,
    repeated.map(vs => vs.map((v): [string, string] => [name, v])),
  ]
  if (isDateField(p)) {
    const parts = fc.oneof(
      fc.constantFrom(...DATE_PARTS),
      fc.record({ day: hostileText, month: hostileText, year: hostileText }),
    )
    options.push(parts.map(d => dateInputs(name, d)))
  }
  return fc.oneof(...options)
}

function formBody(schema: JsonSchema | undefined): fc.Arbitrary<Pairs> {
  const fields = shapedFields(schema, validFormValue, hostileFormValue).map(values => values.flat())
  const extra = fc.array(
    fc.tuple(fc.constantFrom('__proto__', 'fz', 'a[b]', 'x-day', '_csrf', 'returnTo'), hostileText),
    { maxLength: 2 },
  )
  return fc.tuple(fields, fc.option(extra, { freq: 3, nil: [] })).map(([values, more]) => [...values, ...more])
}

/** What goes in the body, and how it is sent. */
type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; pairs: Pairs; raw: string }
  | { kind: 'other'; type: string; text: string }
  | { kind: 'none' }

const MALFORMED_FORM = ['', '&%zz=1', '&a=%', '&%E0%A4%A=%ED%A0%80', '&=&&==', '&a=%00']

function bodyFor(route: RegisteredRoute, hostile: boolean): fc.Arbitrary<Body> {
  if (!WRITES.has(route.method)) return fc.constant({ kind: 'none' })
  const schema = bodySchemaOf(route)
  if (!hostile) return validBody(route, schema)
  const json = jsonBody(schema).map((value): Body => ({ kind: 'json', value }))
  const form = fc
    .tuple(formBody(schema), fc.constantFrom(...MALFORMED_FORM, '', '', ''))
    .map(([pairs, raw]): Body => ({ kind: 'form', pairs, raw }))
  const manyFields = fc.constant<Body>({
    kind: 'form',
    pairs: Array.from({ length: 400 }, (_, i): [string, string] => [`f${i}`, 'x']),
    raw: '',
  })
  const other = fc
    .constantFrom(
      { type: 'application/xml', text: '<a>&xxe;</a>' },
      { type: 'text/plain', text: 'a=1' },
      {
        type: 'multipart/form-data; boundary=fz',
        text: '--fz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--fz--\r\n',
      },
      { type: 'application/json', text: '{"a":' },
      { type: 'application/json', text: '"\\ud800"' },
      { type: 'application/json; charset=utf-7', text: '{}' },
      { type: 'application/x-www-form-urlencoded', text: 'x'.repeat(1_100_000) },
      { type: 'application/json', text: JSON.stringify({ a: 'x'.repeat(1_100_000) }) },
    )
    .map((o): Body => ({ kind: 'other', ...o }))
  const natural = route.kind === 'api' ? json : form
  return fc.oneof(
    { weight: 8, arbitrary: natural },
    { weight: 2, arbitrary: route.kind === 'api' ? form : json },
    { weight: 1, arbitrary: manyFields },
    { weight: 2, arbitrary: other },
  )
}

/** A body as the route's own form or client sends it, every field valid as far as its schema shows. */
function validBody(route: RegisteredRoute, schema: JsonSchema | undefined): fc.Arbitrary<Body> {
  const valid = <T>(value: (name: string, p: JsonSchema) => fc.Arbitrary<T>) => shapedFields(schema, value, value)
  if (route.kind === 'api')
    return valid((name, p) => validValue(p).map(v => [name, v] as const)).map((entries): Body => ({
      kind: 'json',
      value: Object.fromEntries(entries),
    }))
  return valid(validFormValue).map((pairs): Body => ({ kind: 'form', pairs: pairs.flat(), raw: '' }))
}

/** The address: each param the fixture's own (so that the access check passes) or hostile; a hostile query. */
function addressFor(
  route: RegisteredRoute,
  known: Record<string, string[]>,
  hostile: { path: boolean; query: boolean },
): fc.Arbitrary<string> {
  const params = propertiesOf(jsonSchemaOf(route.spec.params))
  const names = [...route.path.matchAll(/:(\w+)/g)].map(m => m[1]!)
  const segment = (name: string): fc.Arbitrary<string> => {
    const p = params[name] ?? {}
    const ids = known[name] ?? []
    const good =
      name === 'id'
        ? fc.constant(app.fixture.people.ofComA.id)
        : ids.length
          ? fc.oneof(fc.constantFrom(...ids), validValue(p).map(String))
          : validValue(p).map(String).map(formEncode)
    const bad = fc.oneof(fc.constantFrom(...MALFORMED_IDS), hostileText.map(formEncode))
    return hostile.path ? fc.oneof(good, bad) : good
  }
  const query = propertiesOf(jsonSchemaOf(route.spec.query))
  const queryPairs = fc.tuple(
    ...Object.entries(query).map(([name, p]) =>
      fc.oneof(validFormValue(name, p), hostileFormValue(name, p), fc.constant<Pairs>([])),
    ),
    fc.array(fc.tuple(fc.constantFrom('fz', '__proto__', 'page', 'q'), hostileText), { maxLength: 2 }),
  )
  const manyQuery = fc.constant(Array.from({ length: 1200 }, (_, i): [string, string] => [`q${i}`, 'x']))
  const validQuery = fc.tuple(
    ...Object.entries(query).map(([name, p]) => fc.option(validFormValue(name, p), { nil: [] })),
  )
  return fc
    .record({
      segments: fc.tuple(...names.map(segment)),
      pairs: !hostile.query
        ? validQuery.map(parts => parts.flat())
        : fc.oneof(
            { weight: 19, arbitrary: queryPairs.map(parts => parts.flat()) },
            { weight: 1, arbitrary: manyQuery },
          ),
      raw: hostile.query ? fc.constantFrom('', '', '', '&%zz', '&a=%E0%A4%A') : fc.constant(''),
    })
    .map(({ segments, pairs, raw }) => {
      let i = 0
      const path = route.path.replace(/:(\w+)/g, () => segments[i++]!).replace('*rest', 'date-of-birth')
      const query = (pairs as Pairs).map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&') + raw
      return query ? `${path}?${query}` : path
    })
}

// ---- Sending, and what must hold --------------------------------------------------------------------------------

async function send(client: Client, route: RegisteredRoute, address: string, body: Body) {
  const headers: Record<string, string> = { cookie: client.cookieHeader() }
  if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken
  let text: string | undefined
  if (body.kind === 'json') {
    headers['content-type'] = 'application/json'
    text = JSON.stringify(body.value)
  } else if (body.kind === 'form') {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    const pairs: Pairs = [['_csrf', client.csrfToken], ...body.pairs]
    text = pairs.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&') + body.raw
  } else if (body.kind === 'other') {
    headers['content-type'] = body.type
    text = body.text
  }
  return fetch(app.baseUrl + address, { method: route.method.toUpperCase(), headers, body: text, redirect: 'manual' })
}

/**
 * What a refused write must leave alone: every table but sessions and sign-in throttles by username and by source
 * (which change with any sign-in attempt), as a count and a digest of its rows; and the audit trail, which may gain only reads and refusals.
 */
let fingerprintQuery: string | undefined

async function fingerprint(): Promise<{ tables: string; lastAudit: string }> {
  const db = app.services.handle.db
  if (!fingerprintQuery) {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
        and table_name not in ('session', 'sign_in_throttle', 'sign_in_source_throttle', 'schema_migration', 'audit_event')
      order by table_name`.execute(db)
    fingerprintQuery = tables.rows
      .map(
        ({ name }) =>
          `select '${name}' as name, count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${name} t`,
      )
      .join(' union all ')
  }
  const rows = await sql.raw<{ name: string; n: string; h: string }>(fingerprintQuery).execute(db)
  const audit = await sql<{ id: string }>`select coalesce(max(id), 0)::text as id from audit_event`.execute(db)
  return { tables: rows.rows.map(r => `${r.name}:${r.n}:${r.h}`).join('\n'), lastAudit: audit.rows[0]!.id }
}

/** An audit entry a refused write may leave: a read of the form it is shown again on, or the refusal itself. */
const READ_OR_REFUSAL = /([.-]viewed|[.-]listed|\.searched|\.access-refused|\.verification)$|^sign-in\./

async function changesSince(before: { tables: string; lastAudit: string }): Promise<string[]> {
  const after = await fingerprint()
  const was = new Set(before.tables.split('\n'))
  const tables = after.tables
    .split('\n')
    .filter(line => !was.has(line))
    .map(line => line.split(':')[0]!)
  const audited = await sql<{ action: string; outcome: string }>`
    select action, outcome from audit_event where id > ${before.lastAudit}::bigint order by id`.execute(
    app.services.handle.db,
  )
  const writes = audited.rows.filter(r => r.outcome === 'success' && !READ_OR_REFUSAL.test(r.action))
  return [...tables, ...writes.map(r => `audit_event (${r.action})`)]
}

function assertEscaped(html: string, where: string) {
  for (const marker of [...UNESCAPED, ...UNESCAPED_ALSO]) {
    const at = html.indexOf(marker)
    assert.ok(
      at < 0,
      `${where}: shows ${JSON.stringify(marker)} unescaped: …${oneLine(html.slice(Math.max(0, at - 120), at + 60))}…`,
    )
  }
}

const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').includes('text/html')

/** One request: never a 5xx, a refused write leaves every table as it was, and a page shows its input escaped. */
async function check(route: RegisteredRoute, address: string, body: Body) {
  const write = WRITES.has(route.method)
  const client = await clientFor(route)
  const before = write ? await fingerprint() : undefined
  const response = await send(client, route, address, body)
  const text = await response.text()
  const where = `${keyOf(route)} as ${address.slice(0, 200)} with ${describeBody(body)}`
  assert.ok(response.status < 500, `${where} answered ${response.status}: ${oneLine(text)}`)
  if (before && response.status >= 400) {
    const changed = await changesSince(before)
    assert.deepEqual(changed, [], `${where} answered ${response.status} yet changed ${changed.join(', ')}`)
  }
  if (isHtml(response)) assertEscaped(text, where)
  // A saved form goes on to a page that may show what was saved.
  const location = response.headers.get('location')
  if (write && response.status < 400 && location?.startsWith('/')) {
    const next = await client.get(location)
    const page = await next.text()
    assert.ok(next.status < 500, `${where}, then GET ${location}, answered ${next.status}: ${oneLine(page)}`)
    if (isHtml(next)) assertEscaped(page, `${where}, then GET ${location}`)
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 300)

function describeBody(body: Body): string {
  const shown =
    body.kind === 'json'
      ? JSON.stringify(body.value)
      : body.kind === 'form'
        ? JSON.stringify(body.pairs) + body.raw
        : body.kind === 'other'
          ? `${body.type} ${body.text}`
          : ''
  return `${body.kind} ${oneLine(shown ?? '')}`
}

/** Where the records that an address names by a param other than the person's are kept. */
const TABLE_OF_PARAM: Record<string, string> = {
  achievementId: 'achievement',
  actionId: 'need_action',
  appointmentId: 'supervision_appointment',
  certificateId: 'certificate',
  entryId: 'limited_access',
  episodeId: 'custody_episode',
  recordId: 'conviction_record',
  reportId: 'court_report',
  reviewId: 'recall_review',
  staffId: 'app_user',
  strengthId: 'strength',
}

/**
 * Ids of records that exist, by param name, so that an address reaches its record often enough to get past the
 * lookup: the fixture's person's own where the table names a person, and the items of their plan for `itemId`.
 */
async function knownIds(route: RegisteredRoute): Promise<Record<string, string[]>> {
  const db = app.services.handle.db
  const person = app.fixture.people.ofComA.id
  const known: Record<string, string[]> = {}
  for (const [, name] of route.path.matchAll(/:(\w+)/g)) {
    const table = TABLE_OF_PARAM[name!]
    if (table) {
      const own = table === 'app_user' || table === 'court_report' ? sql`true` : sql`person_id = ${person}`
      const rows = await sql<{ id: string }>`select id::text from ${sql.table(table)} where ${own} limit 20`.execute(db)
      known[name!] = rows.rows.map(r => r.id)
    } else if (name === 'itemId' || name === 'goalId') {
      const rows = await sql<{ id: string }>`
        select jsonb_path_query(content, 'strict $.**.id') #>> '{}' as id from plan where person_id = ${person}`.execute(
        db,
      )
      known[name!] = rows.rows.map(r => r.id).slice(0, 20)
    }
  }
  return known
}

/**
 * One request: hostile in its address, its query, its body, all three, or none (a valid write, whose saved text the
 * pages it leads to must show escaped). One part hostile at a time gets that part past the checks of the others.
 */
function requestFor(route: RegisteredRoute, known: Record<string, string[]>) {
  const writes = WRITES.has(route.method)
  const focus = fc.constantFrom(
    ...(['path', 'query', 'body', 'body', 'all', 'none'] as const).filter(f => writes || f !== 'body'),
  )
  return focus.chain(f =>
    fc.record({
      address: addressFor(route, known, { path: f === 'path' || f === 'all', query: f === 'query' || f === 'all' }),
      body: bodyFor(route, f === 'body' || f === 'all'),
    }),
  )
}

/** The same seed for a route whether it runs alone or with all the others. */
function seedOf(route: RegisteredRoute): number {
  let hash = SEED
  for (const char of keyOf(route)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0
  return hash
}

const takesInput = (route: RegisteredRoute) =>
  Boolean(route.spec.params || route.spec.query || route.spec.body || route.path.includes(':'))

/** The route's path with each param filled as given. */
const filled = (route: RegisteredRoute, value: (name: string) => string) =>
  route.path.replace(/:(\w+)/g, (_, name: string) => value(name))

const sample = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { numRuns: 1, seed: SEED })[0]!

describe('what the fuzzing found, one example each', () => {
  it('answers a broken %-escape in any address with 404 on a page and 400 in the API', async () => {
    const failures: string[] = []
    for (const route of app.routes.filter(r => r.path.includes(':'))) {
      for (const broken of ['%zz', '%E0%A4%A', '%ED%A0%80']) {
        const first = /:(\w+)/.exec(route.path)![1]
        const path = filled(route, name => (name === first ? broken : '00000000-0000-4000-8000-000000000000'))
        const body: Body = WRITES.has(route.method) ? { kind: 'json', value: {} } : { kind: 'none' }
        const response = await send(await clientFor(route), route, path, body)
        const expected = route.kind === 'api' ? 400 : 404
        if (response.status !== expected) failures.push(`${keyOf(route)} as ${path} answered ${response.status}`)
        if (route.kind === 'api' && response.status === 400) {
          const problem = (await response.json()) as { errors?: { field: string }[] }
          if (problem.errors?.[0]?.field !== 'params') failures.push(`${keyOf(route)}: the problem names the address`)
        } else await response.body?.cancel()
      }
    }
    assert.deepEqual(failures, [])
  })

  it('answers 404 to a form posted to a page whose address names nothing, whatever the form holds', async () => {
    const failures: string[] = []
    const forms = app.routes.filter(r => r.kind === 'page' && r.method === 'post' && r.path.includes(':id'))
    for (const route of forms) {
      const path = `${filled(route, () => '%07%1B')}?note=${encodeURIComponent('a\u0000b')}`
      const response = await send(await clientFor(route), route, path, {
        kind: 'form',
        pairs: [['note', 'x']],
        raw: '',
      })
      await response.body?.cancel()
      if (response.status !== 404) failures.push(`${keyOf(route)} answered ${response.status}`)
    }
    assert.deepEqual(failures, [])
  })

  it('refuses numbers beyond int4 in every integer field of every body, never 5xx', async () => {
    const failures: string[] = []
    for (const route of app.routes.filter(r => WRITES.has(r.method) && r.spec.body)) {
      const schema = bodySchemaOf(route)
      const integers = Object.entries(propertiesOf(schema)).filter(([, p]) => [p.type].flat().includes('integer'))
      for (const [name] of integers) {
        for (const huge of [2_147_483_648, Number.MAX_SAFE_INTEGER]) {
          const known = await knownIds(route)
          const path = filled(route, param =>
            param === 'id' ? app.fixture.people.ofComA.id : (known[param]?.[0] ?? sample(fc.uuid({ version: 4 }))),
          )
          const body = sample(validBody(route, schema))
          if (body.kind === 'json') (body.value as Record<string, unknown>)[name] = huge
          if (body.kind === 'form') body.pairs = [...body.pairs.filter(([k]) => k !== name), [name, String(huge)]]
          const response = await send(await clientFor(route), route, path, body)
          const text = await response.text()
          if (response.status >= 500)
            failures.push(`${keyOf(route)} ${name}=${huge} answered ${response.status}: ${oneLine(text)}`)
        }
      }
    }
    assert.deepEqual(failures, [])
  })

  it('answers 409 to a plan edit that names a revision of a plan not yet begun', async () => {
    const person = app.fixture.people.restrictedToComA.id
    const client = await new Client(app.baseUrl).signIn('comA')
    const { status, body } = await client.json('DELETE', `/api/v1/people/${person}/plan/steps/${sample(fc.uuid())}`, {
      revision: 3,
    })
    assert.equal(status, 409, JSON.stringify(body))
  })

  it('refuses a readiness note that is not text with 400, where the item is marked not needed', async () => {
    const client = await new Client(app.baseUrl).signIn('comA')
    const path = `/api/v1/people/${app.fixture.people.ofComA.id}/readiness/items/medication`
    const { status, body } = await client.json('PUT', path, {
      status: 'not-needed',
      note: 9007199254740992,
      version: 0,
    })
    assert.equal(status, 400, JSON.stringify(body))
  })

  it('refuses contracted hours too small to store (5e-324) with 400, not a 500 from the check of its column', async () => {
    const client = await new Client(app.baseUrl).signIn('managerA')
    const path = `/api/v1/workload/practitioners/${app.fixture.staff.comA!.id}/hours`
    const { status, body } = await client.json('PUT', path, { grade: 'PO', contractedHours: 5e-324 })
    assert.equal(status, 400, JSON.stringify(body))
    assert.match(JSON.stringify(body), /decimal places/)
  })
})

describe('every route survives hostile input', () => {
  it('never answers 5xx, never half-writes, and shows every text escaped', async () => {
    const routes = app.routes.filter(route => !ONLY || keyOf(route).includes(ONLY))
    assert.ok(routes.length > 0, `no route matches FUZZ_ONLY=${ONLY}`)
    const failures: string[] = []
    for (const route of routes) {
      // A route that declares no input still gets a hostile query and body, once or twice.
      const numRuns = takesInput(route) ? RUNS : Math.ceil(RUNS / 3)
      const result = await fc.check(
        fc.asyncProperty(requestFor(route, await knownIds(route)), ({ address, body }) => check(route, address, body)),
        { seed: seedOf(route), numRuns, endOnFailure: true },
      )
      if (result.failed) {
        const error = (result.errorInstance as Error | undefined)?.message ?? String(result.errorInstance)
        failures.push(
          `${error.split('\n')[0]!.slice(0, 600)}\n    reproduce: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} FUZZ_ONLY='${keyOf(route)}'`,
        )
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${routes.length} routes:\n${failures.join('\n')}`)
  })

  it('shows every text saved by the fuzzing escaped, on every page of the case', async () => {
    const pages = app.routes.filter(
      r => r.kind === 'page' && r.method === 'get' && !r.path.endsWith('.pdf') && !r.path.endsWith('.csv'),
    )
    const failures: string[] = []
    let showingSaved = 0
    for (const route of pages) {
      const path = route.path.replace(':id', app.fixture.people.ofComA.id)
      if (path.includes(':') || path.includes('*')) continue
      const response = await (await clientFor(route)).get(path)
      const text = await response.text()
      try {
        assert.ok(response.status < 500, `GET ${path} answered ${response.status}`)
        if (isHtml(response)) assertEscaped(text, `GET ${path}`)
      } catch (error) {
        failures.push((error as Error).message.split('\n')[0]!)
      }
      if (text.includes('&lt;script&gt;fz(') || text.includes('&lt;img src=x onerror=fz(')) showingSaved++
    }
    assert.deepEqual(failures, [], failures.join('\n'))
    // The sweep means something only if the fuzzing saved markup that pages show (escaped) again.
    if (!ONLY) assert.ok(showingSaved > 0, 'no page shows any payload the fuzzing saved')
  })
})
