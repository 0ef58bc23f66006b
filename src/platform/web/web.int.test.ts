import assert from 'node:assert/strict'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import type { Express } from 'express'
import pg from 'pg'
import { pino } from 'pino'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { loadFixture } from '../../../test/support/fixture.ts'
import { createApp } from '../../app.ts'
import { buildServices } from '../../composition.ts'
import { loadConfig } from '../config/config.ts'
import { openDatabase } from '../db/database.ts'
import { migrate } from '../db/migrate.ts'
import { createLogger } from '../logging/logger.ts'
import { createBaseApp } from './app.ts'
import { SESSION_COOKIE, sessionCookieName } from './session-middleware.ts'

let app: TestApp
let comA: Client
before(async () => {
  app = await startTestApp()
  comA = await new Client(app.baseUrl).signIn('comA')
})
after(() => app.close())

const testConfig = () => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })
const FORGED = 'This form has expired or did not come from Resettle. Go back, reload the page and try again.'

async function listen(express: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = await new Promise(resolve => {
    const s = express.listen(0, '127.0.0.1', () => resolve(s))
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

/** The person form as a browser would send it, with the record's current values. */
async function personForm(personId: string, changes: Record<string, string>) {
  const row = await app.services.handle.db
    .selectFrom('person')
    .selectAll()
    .where('id', '=', personId)
    .executeTakeFirstOrThrow()
  const [year, month, day] = row.date_of_birth.split('-')
  return {
    firstName: row.first_name,
    lastName: row.last_name,
    'dateOfBirth-day': String(Number(day)),
    'dateOfBirth-month': String(Number(month)),
    'dateOfBirth-year': year!,
    crn: row.crn,
    version: String(row.version),
    ...changes,
  }
}

async function personRow(id: string) {
  return app.services.handle.db
    .selectFrom('person')
    .select(['first_name', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

async function auditCount(action: string) {
  const row = await app.services.handle.db
    .selectFrom('audit_event')
    .select(eb => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

describe('unknown addresses and the health check', () => {
  it('answers an unknown page with the GOV.UK page-not-found page, signed in or not', async () => {
    for (const client of [new Client(app.baseUrl), comA]) {
      const response = await client.get('/no-such-page')
      assert.equal(response.status, 404)
      assert.match(response.headers.get('content-type')!, /^text\/html/)
      const html = await response.text()
      assert.match(html, /<html lang="en" class="govuk-template/)
      assert.match(html, /<title>Page not found - Resettle<\/title>/)
      assert.match(html, /<h1 class="govuk-heading-l">Page not found<\/h1>/)
    }
  })

  it('answers an unknown API address with a JSON 404, signed in or not', async () => {
    for (const client of [new Client(app.baseUrl), comA]) {
      for (const path of ['/api/v1/no-such-thing', '/api/v2/people', '/api/nothing']) {
        const response = await client.json('GET', path)
        assert.equal(response.status, 404, path)
        assert.match(response.headers.get('content-type')!, /^application\/json/)
        assert.deepEqual(response.body, { status: 404, title: 'Page not found' })
      }
    }
  })

  it('says the service is up at /health', async () => {
    const response = await fetch(`${app.baseUrl}/health`)
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type')!, /^application\/json/)
    assert.equal(response.headers.get('cache-control'), 'no-store')
    assert.deepEqual(await response.json(), { status: 'ok' })
  })
})

describe('unexpected errors', () => {
  let server: { url: string; close: () => Promise<void> }
  const logLines: Record<string, unknown>[] = []
  const SECRET = 'connection string postgres://app:hunter2@db.internal/resettle'

  before(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) })
    const base = createBaseApp({
      config: testConfig(),
      logger,
      sessions: app.services.platform.sessions,
      ping: app.services.handle.ping,
      mount: express => {
        express.get('/boom', () => {
          throw new Error(SECRET)
        })
        express.get('/boom-later', async () => {
          await new Promise(resolve => setTimeout(resolve, 5))
          throw new TypeError(`Cannot read properties of undefined (${SECRET})`)
        })
        express.get('/api/v1/boom', () => {
          throw new Error(SECRET)
        })
      },
    })
    server = await listen(base)
  })
  after(() => server.close())

  for (const path of ['/boom', '/boom-later']) {
    it(`shows a 500 page with the reference to quote and nothing of the error (${path})`, async () => {
      const response = await fetch(server.url + path)
      assert.equal(response.status, 500)
      const correlationId = response.headers.get('x-correlation-id')!
      const html = await response.text()
      assert.match(html, /<h1 class="govuk-heading-l">Sorry, there is a problem with the service<\/h1>/)
      assert.ok(html.includes(correlationId), 'the page gives the reference to quote')
      for (const internal of ['hunter2', 'postgres://', 'Error', 'TypeError', '.ts:', 'node_modules', '    at ']) {
        assert.ok(!html.includes(internal), `the page does not show "${internal}"`)
      }
      const logged = logLines.find(line => line.correlationId === correlationId)
      assert.ok(logged, 'the log has the correlation id')
      assert.equal(logged.msg, 'request failed')
      assert.match(JSON.stringify(logged.err), /stack/, 'and the error, for whoever reads the log')
    })
  }

  it('answers an API error with a JSON problem carrying only the correlation id', async () => {
    const response = await fetch(`${server.url}/api/v1/boom`)
    assert.equal(response.status, 500)
    const correlationId = response.headers.get('x-correlation-id')
    assert.deepEqual(await response.json(), { status: 500, title: 'Something went wrong', correlationId })
  })
})

describe('bad request bodies', () => {
  it('answers malformed JSON with a 400 problem, signed in or not', async () => {
    for (const [path, client] of [
      ['/api/v1/sign-in', new Client(app.baseUrl)],
      ['/api/v1/people', comA],
    ] as const) {
      const malformed = await fetch(app.baseUrl + path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': client.csrfToken,
          cookie: client.cookie(SESSION_COOKIE) ? `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}` : '',
        },
        body: '{"firstName": "Ann", ',
      })
      assert.equal(malformed.status, 400, path)
      assert.deepEqual(await malformed.json(), {
        status: 400,
        title: 'The request body is not valid JSON',
        errors: [{ field: 'body', message: 'The request body is not valid JSON' }],
      })
    }
  })

  it('answers a body over the limit with 413, as JSON for the API and as a page for forms', async () => {
    const api = await new Client(app.baseUrl).json('POST', '/api/v1/sign-in', {
      username: 'x'.repeat(300_000),
      password: 'y',
    })
    assert.equal(api.status, 413)
    assert.deepEqual(api.body, {
      status: 413,
      title: 'The request body is too large',
      errors: [{ field: 'body', message: 'The request body is too large' }],
    })

    const form = await new Client(app.baseUrl).request('POST', '/sign-in', {
      form: { username: 'x'.repeat(150_000), password: 'y' },
    })
    assert.equal(form.status, 413)
    assert.match(form.headers.get('content-type')!, /^text\/html/)
    assert.match(await form.text(), /govuk-template/)
  })
})

describe('when the database goes away', () => {
  const skip = process.env.DATABASE_URL
    ? false
    : 'needs PostgreSQL (set DATABASE_URL): the embedded database lives in this process and cannot be taken away'

  it('says so at /health, answers pages and the API with 503, and recovers when it is back', { skip }, async () => {
    const serverUrl = process.env.DATABASE_URL!
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    const name = `resettle_test_down_${process.pid}_${Date.now()}`
    await admin.query(`create database ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 3 })
    const config = testConfig()
    let server: { url: string; close: () => Promise<void> } | undefined
    try {
      await migrate(handle)
      await loadFixture(handle.db)
      const services = buildServices(handle, config, { signInDelayScale: 0.01 })
      server = await listen(createApp(services, config, createLogger('silent')))
      const client = await new Client(server.url).signIn('comA')
      assert.equal((await client.get('/')).status, 200)

      await admin.query(`alter database ${name} allow_connections false`)
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name])

      const health = await fetch(`${server.url}/health`)
      assert.equal(health.status, 503)
      assert.deepEqual(await health.json(), { status: 'unavailable' })
      for (const path of ['/', '/people']) {
        const page = await client.get(path)
        assert.equal(page.status, 503, path)
        const html = await page.text()
        assert.match(html, /<h1 class="govuk-heading-l">Sorry, the service is unavailable<\/h1>/)
        assert.ok(html.includes(page.headers.get('x-correlation-id')!))
        assert.ok(!html.includes(name) && !html.includes('accepting connections'), 'nothing of the database error')
      }
      const api = await client.json('GET', '/api/v1/people')
      assert.equal(api.status, 503)
      assert.deepEqual(api.body, {
        status: 503,
        title: 'The service is unavailable',
        correlationId: api.headers.get('x-correlation-id'),
      })
      const signIn = await new Client(server.url).json('POST', '/api/v1/sign-in', {
        username: 'comA',
        password: 'whatever',
      })
      assert.equal(signIn.status, 503)

      await admin.query(`alter database ${name} allow_connections true`)
      const back = await fetch(`${server.url}/health`)
      assert.equal(back.status, 200)
      assert.deepEqual(await back.json(), { status: 'ok' })
      assert.equal((await client.get('/')).status, 200, 'the same session works again, with no restart')
      assert.equal((await client.json('GET', '/api/v1/people')).status, 200)
    } finally {
      await server?.close()
      await handle.close()
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  })
})

describe('anti-forgery tokens', () => {
  it('refuses a signed-in form without a token or with a wrong one, and writes nothing', async () => {
    const browser = new Client(app.baseUrl)
    await browser.request('POST', '/sign-in', {
      form: { _csrf: await browser.formToken('/sign-in'), username: 'comA', password: 'correct horse battery staple' },
    })
    const person = app.fixture.people.ofComA
    const edit = `/people/${person.id}/edit`
    const token = await browser.formToken(edit)
    assert.ok(token)
    const before = await personRow(person.id)
    const updates = await auditCount('person.updated')
    const other = await new Client(app.baseUrl).signIn('comA2')
    const othersToken = await other.formToken(edit.replace(person.id, app.fixture.people.ofComA2.id))

    for (const [what, csrf] of [
      ['no token', undefined],
      ['an empty token', ''],
      ['a made-up token', 'x'.repeat(token.length)],
      ['a token from another session', othersToken],
      ['its own token with a letter changed', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')],
    ] as const) {
      const form = await personForm(person.id, { firstName: 'Forged' })
      const response = await browser.request('POST', edit, {
        form: csrf === undefined ? form : { ...form, _csrf: csrf },
      })
      assert.equal(response.status, 403, what)
      assert.ok((await response.text()).includes(FORGED), what)
    }
    assert.deepEqual(await personRow(person.id), before, 'the record is unchanged')
    assert.equal(await auditCount('person.updated'), updates, 'nothing was recorded as changed')

    const allowed = await browser.request('POST', edit, {
      form: { ...(await personForm(person.id, { firstName: 'Genuine' })), _csrf: token },
    })
    assert.equal(allowed.status, 303, 'the same form with its token is accepted')
    assert.equal((await personRow(person.id)).first_name, 'Genuine')
  })

  it('refuses the token a visitor had before signing in, once they have signed in', async () => {
    const browser = new Client(app.baseUrl)
    const anonymousToken = await browser.formToken('/sign-in')
    await browser.request('POST', '/sign-in', {
      form: { _csrf: anonymousToken, username: 'comA', password: 'correct horse battery staple' },
    })
    assert.ok(browser.cookie(SESSION_COOKIE))
    const response = await browser.request('POST', '/sign-out', { form: { _csrf: anonymousToken } })
    assert.equal(response.status, 403)
    assert.equal((await browser.get('/people')).status, 200, 'still signed in')
  })

  it('refuses the sign-in form itself without its token', async () => {
    const browser = new Client(app.baseUrl)
    await browser.get('/sign-in')
    const response = await browser.request('POST', '/sign-in', {
      form: { username: 'comA', password: 'correct horse battery staple' },
    })
    assert.equal(response.status, 403)
    assert.equal(browser.cookie(SESSION_COOKIE), undefined)
  })

  it('refuses API writes without X-CSRF-Token, or with a wrong one, and writes nothing', async () => {
    const person = app.fixture.people.ofComA2
    const writer = await new Client(app.baseUrl).signIn('comA2')
    const current = (await writer.json('GET', `/api/v1/people/${person.id}`)).body.person
    const change = { ...current, firstName: 'Forged', version: current.version }
    const added = { firstName: 'New', lastName: 'Person', dateOfBirth: '1980-01-01', crn: 'Z999999' }
    const people = async () => (await app.services.handle.db.selectFrom('person').select('id').execute()).length
    const count = await people()

    const bare = new Client(app.baseUrl)
    bare.setCookie(SESSION_COOKIE, writer.cookie(SESSION_COOKIE)!)
    for (const [method, path, body] of [
      ['PUT', `/api/v1/people/${person.id}`, change],
      ['POST', '/api/v1/people', added],
      ['POST', '/api/v1/sign-out', {}],
    ] as const) {
      const missing = await bare.json(method, path, body)
      assert.equal(missing.status, 403, `${method} ${path} without the header`)
      assert.deepEqual(missing.body, { status: 403, title: FORGED })
      const wrong = await bare.request(method, path, { json: body, headers: { 'x-csrf-token': 'not-the-token' } })
      assert.equal(wrong.status, 403, `${method} ${path} with a wrong header`)
    }
    assert.equal((await personRow(person.id)).first_name, person.first_name)
    assert.equal(await people(), count)
    assert.equal((await writer.json('GET', '/api/v1/me')).status, 200, 'the session was not ended')

    const allowed = await writer.json('PUT', `/api/v1/people/${person.id}`, change)
    assert.equal(allowed.status, 200, 'with the header the same change is accepted')
  })

  it('never changes anything on GET: there is no sign-out by link', async () => {
    const client = await new Client(app.baseUrl).signIn('comB')
    assert.equal((await client.get('/sign-out')).status, 404)
    assert.equal((await client.json('GET', '/api/v1/sign-out')).status, 404)
    assert.equal((await client.json('GET', '/api/v1/me')).status, 200, 'still signed in')
    assert.equal((await client.get('/people')).status, 200)
  })
})

describe('security headers', () => {
  function directives(response: Response) {
    const policy = response.headers.get('content-security-policy')
    assert.ok(policy, 'a content security policy is sent')
    return new Map(
      policy
        .split(';')
        .map(part => part.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...values]) => [name!, values]),
    )
  }

  it('sends a strict content security policy whose nonce is the inline script’s, new for every response', async () => {
    const nonces = new Set<string>()
    for (const [client, path] of [
      [new Client(app.baseUrl), '/sign-in'],
      [new Client(app.baseUrl), '/sign-in'],
      [comA, '/people'],
      [comA, `/people/${app.fixture.people.ofComA.id}`],
      [comA, '/no-such-page'],
    ] as const) {
      const response = await client.get(path)
      const csp = directives(response)
      const scriptSrc = csp.get('script-src') ?? []
      const nonce = scriptSrc.find(value => value.startsWith("'nonce-"))?.slice(7, -1)
      assert.ok(nonce && nonce.length >= 16, `${path}: script-src has a nonce`)
      assert.ok(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), `${path}: ${scriptSrc}`)
      assert.deepEqual(csp.get('default-src'), ["'self'"])
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"])
      assert.deepEqual(csp.get('object-src'), ["'none'"])
      assert.deepEqual(csp.get('base-uri'), ["'none'"])
      assert.ok(!(csp.get('style-src') ?? []).includes("'unsafe-inline'"))
      nonces.add(nonce)

      const html = await response.text()
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map(([, attributes]) => attributes!)
      assert.ok(inline.length >= 1, `${path}: the GOV.UK template's inline script is there`)
      for (const attributes of inline)
        assert.ok(attributes.includes(`nonce="${nonce}"`), `${path}: inline script has the nonce`)
      assert.doesNotMatch(html, /\son[a-z]+="/, `${path}: no inline event handlers`)
    }
    assert.equal(nonces.size, 5, 'a new nonce for every response')
  })

  it('tells browsers not to sniff types, frame the service or send the address elsewhere', async () => {
    for (const path of ['/sign-in', '/api/v1/people', '/health', '/no-such-page']) {
      const response = await comA.get(path)
      void response.body?.cancel()
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path)
      assert.match(directives(response).get('frame-ancestors')!.join(' '), /'none'/, path)
      assert.equal(response.headers.get('x-powered-by'), null, path)
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path)
    }
  })

  it('keeps every page about a person, and every API answer, out of caches', async () => {
    const person = app.fixture.people.ofComA.id
    for (const path of [
      '/',
      '/people',
      `/people/${person}`,
      `/people/${person}/edit`,
      '/api/v1/people',
      `/api/v1/people/${person}`,
      '/api/v1/me',
      '/api/v1/no-such-thing',
    ]) {
      const response = await comA.get(path)
      void response.body?.cancel()
      assert.ok(response.status < 500, path)
      assert.equal(response.headers.get('cache-control'), 'no-store', path)
    }
    const refused = await new Client(app.baseUrl).signIn('comB')
    const hidden = await refused.get(`/people/${person}`)
    assert.equal(hidden.status, 404)
    assert.equal(hidden.headers.get('cache-control'), 'no-store')
  })

  it('sets the session and visitor cookies HttpOnly and SameSite=Lax, for the whole site', async () => {
    const visitor = await fetch(`${app.baseUrl}/sign-in`)
    const visitorCookie = visitor.headers.getSetCookie().find(c => c.startsWith('resettle_visitor='))
    assert.ok(visitorCookie)
    const api = await fetch(`${app.baseUrl}/api/v1/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'comA', password: 'correct horse battery staple' }),
    })
    const sessionCookie = api.headers.getSetCookie().find(c => c.startsWith(`${SESSION_COOKIE}=`))
    assert.ok(sessionCookie)
    for (const cookie of [visitorCookie, sessionCookie]) {
      const attributes = cookie.split(';').map(a => a.trim().toLowerCase())
      assert.ok(attributes.includes('httponly'), cookie)
      assert.ok(attributes.includes('samesite=lax'), cookie)
      assert.ok(attributes.includes('path=/'), cookie)
      assert.ok(
        !attributes.some(a => a.startsWith('expires') || a.startsWith('max-age')),
        'a cookie for this browser session only',
      )
    }
  })

  it('in production also marks cookies Secure, names them __Host- (Path=/, no Domain) and asks browsers to use HTTPS only', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'p'.repeat(40),
      MFA_ENCRYPTION_KEY: 'ab'.repeat(32),
      AUDIT_KEY: 'cd'.repeat(32),
      LOG_LEVEL: 'silent',
    })
    const production = await listen(
      createApp(buildServices(app.services.handle, config, { signInDelayScale: 0.01 }), config, createLogger('silent')),
    )
    try {
      const response = await fetch(`${production.url}/api/v1/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'comA', password: 'correct horse battery staple' }),
      })
      assert.equal(response.status, 200)
      assert.equal(sessionCookieName(true), '__Host-resettle_session')
      const cookies = response.headers.getSetCookie()
      assert.ok(!cookies.some(c => c.startsWith(`${SESSION_COOKIE}=`)), 'no cookie without the prefix')
      const cookie = cookies.find(c => c.startsWith('__Host-resettle_session='))!
      assert.ok(cookie, 'the session cookie has the __Host- prefix')
      const attributes = cookie.split(';').map(a => a.trim())
      assert.ok(attributes.includes('Secure'), cookie)
      assert.ok(attributes.includes('Path=/'), cookie)
      assert.ok(!attributes.some(a => /^domain=/i.test(a)), 'no Domain')
      // The browser sends it back under that name, and it signs the user in.
      const token = cookie.split(';')[0]!.split('=')[1]!
      const me = await fetch(`${production.url}/api/v1/me`, { headers: { cookie: `__Host-resettle_session=${token}` } })
      assert.equal(me.status, 200)
      const visitor = await fetch(`${production.url}/sign-in`)
      assert.ok(
        visitor.headers.getSetCookie().some(c => c.startsWith('__Host-resettle_visitor=') && /; Secure/.test(c)),
      )
      assert.match(response.headers.get('strict-transport-security')!, /max-age=31536000; includeSubDomains/)
      assert.match(response.headers.get('content-security-policy')!, /upgrade-insecure-requests/)
    } finally {
      await production.close()
    }
  })
})

describe('the OpenAPI document', () => {
  interface Operation {
    parameters?: { name: string; in: string; required?: boolean }[]
    requestBody?: {
      content: Record<string, { schema: { type?: string; properties?: Record<string, unknown>; required?: string[] } }>
    }
    responses: Record<string, { description: string }>
    summary?: string
  }
  let doc: {
    openapi: string
    info: { title: string; version: string }
    paths: Record<string, Record<string, Operation>>
    components: { securitySchemes: Record<string, unknown> }
    security: Record<string, string[]>[]
  }
  before(async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/openapi.json`)
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type')!, /^application\/json/)
    doc = await response.json()
  })

  it('is an OpenAPI 3.1 document whose every operation is well formed', () => {
    assert.equal(doc.openapi, '3.1.0')
    assert.equal(typeof doc.info.title, 'string')
    assert.equal(typeof doc.info.version, 'string')
    for (const requirement of doc.security) {
      for (const scheme of Object.keys(requirement)) assert.ok(doc.components.securitySchemes[scheme], scheme)
    }
    assert.ok(Object.keys(doc.paths).length >= 5)
    for (const [path, operations] of Object.entries(doc.paths)) {
      assert.match(path, /^\/api\/v1\//)
      assert.doesNotMatch(path, /:\w/, `${path} uses {name} templates, not Express's :name`)
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name)
      for (const [method, operation] of Object.entries(operations)) {
        assert.ok(['get', 'put', 'post', 'delete', 'patch'].includes(method), `${method} ${path}`)
        assert.ok(Object.keys(operation.responses).length > 0, `${method} ${path} has responses`)
        for (const response of Object.values(operation.responses)) assert.equal(typeof response.description, 'string')
        for (const name of templated) {
          const parameter = operation.parameters?.find(p => p.name === name && p.in === 'path')
          assert.ok(parameter?.required === true, `${method} ${path} declares the path parameter ${name}`)
        }
        const names = (operation.parameters ?? []).map(p => `${p.in}:${p.name}`)
        assert.equal(new Set(names).size, names.length, `${method} ${path} declares each parameter once`)
      }
    }
  })

  it('lists the people operations, with the person’s fields in the request bodies', () => {
    const people = doc.paths['/api/v1/people']
    const person = doc.paths['/api/v1/people/{id}']
    assert.ok(people?.get && people.post, 'GET and POST /api/v1/people')
    assert.ok(person?.get && person.put, 'GET and PUT /api/v1/people/{id}')
    for (const [name, operation] of [
      ['PUT /api/v1/people/{id}', person.put],
      ['POST /api/v1/people', people.post],
    ] as const) {
      const schema = operation.requestBody?.content['application/json']?.schema
      assert.ok(schema, `${name} has a JSON request body`)
      assert.equal(schema.type, 'object')
      for (const field of [
        'firstName',
        'lastName',
        'preferredName',
        'pronouns',
        'dateOfBirth',
        'crn',
        'prisonNumber',
        'communityArea',
      ]) {
        assert.ok(schema.properties?.[field], `${name} has ${field}`)
      }
      for (const field of ['firstName', 'lastName', 'crn']) {
        assert.ok(schema.required?.includes(field), `${name} requires ${field}`)
      }
    }
    assert.ok(person.put.requestBody?.content['application/json']?.schema.required?.includes('version'))
  })

  const personBody = () => doc.paths['/api/v1/people']!.post!.requestBody!.content['application/json']!.schema

  it('is made from the schemas that check input: every field it requires, the API asks for', async () => {
    const { status, body } = await comA.json('POST', '/api/v1/people', {})
    assert.equal(status, 400)
    const asked = new Set((body.errors as { field: string }[]).map(e => e.field))
    for (const field of personBody().required ?? []) assert.ok(asked.has(field), `the API asks for ${field}`)
  })

  it('requires in the document every field the API requires, dates included', async () => {
    const { body } = await comA.json('POST', '/api/v1/people', {})
    const asked = new Set((body.errors as { field: string }[]).map(e => e.field))
    assert.deepEqual(new Set(personBody().required), asked)
    const dateOfBirth = personBody().properties?.dateOfBirth as { anyOf?: { type?: string; format?: string }[] }
    assert.ok(
      dateOfBirth.anyOf?.some(s => s.type === 'string' && s.format === 'date'),
      JSON.stringify(dateOfBirth),
    )
  })
})
