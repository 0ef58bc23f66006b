import type { AddressInfo } from 'node:net'
import { createServer, type Server } from 'node:http'
import { createApp } from '../../src/app.ts'
import { createKeyDatesRepository } from '../../src/features/key-dates/key-dates.repository.ts'
import { refreshStoredKeyDates } from '../../src/features/key-dates/key-dates.service.ts'
import { buildServices } from '../../src/composition.ts'
import { loadConfig } from '../../src/platform/config/config.ts'
import type { DatabaseHandle, DatabaseOptions } from '../../src/platform/db/database.ts'
import { createLogger } from '../../src/platform/logging/logger.ts'
import type { RegisteredRoute } from '../../src/platform/web/routes/route-spec.ts'
import { loadFixture, PASSWORD, type Fixture } from './fixture.ts'
import { freshDatabase } from './test-database.ts'

export interface TestApp {
  baseUrl: string
  fixture: Fixture
  services: ReturnType<typeof buildServices>
  /** Every route the registry holds, pages and API. */
  routes: readonly RegisteredRoute[]
  close(): Promise<void>
}

/** The real app on a fresh database, listening on a free port, with the fixture loaded. */
export async function startTestApp(
  options: { today?: string; onQuery?: DatabaseOptions['onQuery']; env?: NodeJS.ProcessEnv; port?: number } = {},
): Promise<TestApp> {
  const database = await freshDatabase({ onQuery: options.onQuery })
  const fixture = await loadFixture(database.handle.db)
  await refreshStoredKeyDates(database.handle.db, createKeyDatesRepository(database.handle.db))
  return { ...(await serveApp(database, options)), fixture }
}

/** The real app over a database already filled (by the fixture or the generator), listening on a free port. */
export async function serveApp(
  { handle, drop }: { handle: DatabaseHandle; drop: () => Promise<void> },
  options: { today?: string; env?: NodeJS.ProcessEnv; port?: number } = {},
): Promise<Omit<TestApp, 'fixture'>> {
  // Settings a test adds (single sign-on's provider, say) come on top of the test's own.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env })
  const services = buildServices(handle, config, {
    signInDelayScale: 0.01,
    ...(options.today ? { today: () => options.today! } : {}),
  })
  const app = createApp(services, config, createLogger('silent'))
  const server: Server = await new Promise(resolve => {
    const s = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(s))
  })
  // Longer than the client's own keep-alive (4 s), so that on a busy machine the server never closes a
  // connection just as the client reuses it (seen as ECONNRESET).
  server.keepAliveTimeout = 30_000
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    services,
    routes: app.locals.routes as readonly RegisteredRoute[],
    async close() {
      await new Promise(resolve => server.close(resolve))
      await drop()
    },
  }
}

/**
 * A port free now, for an app whose configuration must name its own address before it listens (the callback
 * address single sign-on registers at its provider).
 */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise(resolve => probe.close(resolve))
  return port
}

let clients = 0

/**
 * A client that keeps its cookies, like one browser, at an address of its own (sent as X-Forwarded-For, which the
 * app trusts from one proxy): sign-in limits per source address then count each client apart, as they would people.
 */
export class Client {
  private cookies = new Map<string, string>()
  csrfToken = ''
  address = `10.${(++clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`

  constructor(private readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    options: {
      json?: unknown
      form?: Record<string, string | string[]>
      /** A body sent as it is, with the content type the headers give (for refusals of other types). */
      raw?: string
      headers?: Record<string, string>
    } = {},
  ) {
    const headers: Record<string, string> = { 'x-forwarded-for': this.address, ...options.headers }
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    let body: string | undefined
    if (this.csrfToken && method !== 'GET' && !options.form && !('x-csrf-token' in headers))
      headers['x-csrf-token'] = this.csrfToken
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      // A list is sent as the same name repeated, as a browser sends ticked checkboxes.
      const form = new URLSearchParams()
      for (const [name, value] of Object.entries(options.form)) for (const one of [value].flat()) form.append(name, one)
      body = form.toString()
    } else if (options.raw !== undefined) {
      body = options.raw
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const [name, ...value] = pair!.split('=')
      if (/max-age=0/i.test(cookie)) this.cookies.delete(name!)
      else this.cookies.set(name!, value.join('='))
    }
    return response
  }

  get(path: string) {
    return this.request('GET', path)
  }

  async json(method: string, path: string, body?: unknown) {
    const response = await this.request(method, path, body === undefined ? {} : { json: body })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers }
  }

  /** Signs in through the API and keeps the anti-forgery token for later calls. */
  async signIn(username: string, password = PASSWORD) {
    const { status, body } = await this.json('POST', '/api/v1/sign-in', { username, password })
    if (status !== 200) throw new Error(`sign-in as ${username} failed with ${status}`)
    this.csrfToken = body.csrfToken
    return this
  }

  /** The form's anti-forgery token, read from a page as a browser would. */
  async formToken(path: string) {
    const html = await (await this.get(path)).text()
    return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''
  }

  /** The Cookie header this client sends, for a request made without it. */
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  cookie(name: string) {
    return this.cookies.get(name)
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value)
  }
}
