import assert from 'node:assert/strict'
import type { Server } from 'node:http'
import { createServer, connect, type AddressInfo, type Socket } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { Client } from '../support/test-app.ts'
import { loadFixture, type Fixture } from '../support/fixture.ts'
import { freshDatabase } from '../support/test-database.ts'
import { createApp } from '../../src/app.ts'
import { buildServices, type Services } from '../../src/composition.ts'
import { createAuditRepository, createAuditService } from '../../src/features/audit/index.ts'
import { loadConfig } from '../../src/platform/config/config.ts'
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.ts'
import { createLogger } from '../../src/platform/logging/logger.ts'

/**
 * Writes while the database is unreachable, and a write whose connection is cut in the middle of its transaction.
 * The service reaches PostgreSQL through a TCP proxy started here, which can cut every connection and refuse new ones.
 * PostgreSQL only: the embedded database runs inside the service's own process, so it cannot go away on its own.
 */
const skip = process.env.DATABASE_URL
  ? false
  : 'needs PostgreSQL (set DATABASE_URL): the embedded database lives in this process and cannot be taken away'

/** Forwards connections to the database; can go down (cut them all, refuse new ones) and come back. */
class DatabaseProxy {
  private readonly server = createServer(client => this.accept(client))
  private readonly sockets = new Set<Socket>()
  private down = false
  private marker: string | undefined
  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<number> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    return (this.server.address() as AddressInfo).port
  }

  /** Cuts every connection and refuses new ones until `comeBack`. */
  goDown() {
    this.down = true
    for (const socket of this.sockets) socket.destroy()
  }

  comeBack() {
    this.down = false
  }

  /**
   * Goes down at the first message a connection sends after one holding `marker` (a value only the statement to cut
   * after carries): that statement runs inside its transaction, the rest of the transaction never arrives.
   */
  cutAfter(marker: string) {
    this.marker = marker
  }

  close() {
    this.goDown()
    return new Promise(resolve => this.server.close(resolve))
  }

  private accept(client: Socket) {
    if (this.down) return void client.destroy()
    const upstream = connect(this.target.port, this.target.host)
    let marked = false
    for (const socket of [client, upstream]) {
      this.sockets.add(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => {
        this.sockets.delete(socket)
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', chunk => {
      if (marked) return this.goDown()
      if (this.marker && chunk.includes(this.marker)) {
        marked = true
        this.marker = undefined
      }
      upstream.write(chunk)
    })
    upstream.on('data', chunk => client.write(chunk))
  }
}

let database: Awaited<ReturnType<typeof freshDatabase>>
let fixture: Fixture
let proxy: DatabaseProxy
let proxied: DatabaseHandle
let server: Server
let baseUrl: string
let services: Services
const statements: string[] = []

before(async () => {
  if (skip) return
  database = await freshDatabase()
  fixture = await loadFixture(database.handle.db)
  const url = new URL(database.url!)
  proxy = new DatabaseProxy({ host: url.hostname, port: Number(url.port || 5432) })
  url.host = `127.0.0.1:${await proxy.listen()}`
  proxied = await openDatabase({ databaseUrl: url.toString(), poolSize: 3, onQuery: sql => void statements.push(sql) })
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })
  services = buildServices(proxied, config, { signInDelayScale: 0.01 })
  const app = createApp(services, config, createLogger('silent'))
  server = await new Promise(resolve => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

after(async () => {
  if (skip) return
  await new Promise(resolve => server.close(resolve))
  await proxied.close()
  await proxy.close()
  await database.drop()
})

/** What verify-audit would find wrong with the trail, read through the database itself rather than the proxy. */
async function chainProblems() {
  const { broken } = await createAuditService(
    createAuditRepository(database.handle.db),
    services.platform.audit,
  ).verify(services.auditChain.key, undefined)
  return broken
}

async function stored(personId: string) {
  const db = database.handle.db
  const person = await db
    .selectFrom('person')
    .select(['first_name', 'version'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow()
  const updates = await db
    .selectFrom('audit_event')
    .select(eb => eb.fn.countAll<number>().as('n'))
    .where('action', '=', 'person.updated')
    .where('subject_person_id', '=', personId)
    .executeTakeFirstOrThrow()
  const added = await db.selectFrom('person').select('id').where('crn', '=', 'Z900001').execute()
  return { ...person, updates: Number(updates.n), added: added.length }
}

function assertUnavailablePage(html: string) {
  assert.match(html, /<h1 class="govuk-heading-l">Sorry, the service is unavailable<\/h1>/)
  assert.ok(!/ECONN|Connection terminated|at .*\.ts:/.test(html), 'nothing of the error is shown')
}

describe('writes when the database goes away', () => {
  it('answer 503, leave nothing half-written, and work again when it is back', { skip }, async () => {
    const person = fixture.people.ofComA
    const api = await new Client(baseUrl).signIn('comA')
    const browser = await new Client(baseUrl).signIn('comA')
    const edit = `/people/${person.id}/edit`
    const token = await browser.formToken(edit)
    const current = (await api.json('GET', `/api/v1/people/${person.id}`)).body.person
    const before = await stored(person.id)

    // Cut in the middle of the change's transaction: the record's update has run, its audit entry and commit have not.
    proxy.cutAfter('CutMidWrite')
    statements.length = 0
    const change = { ...current, firstName: 'CutMidWrite', version: current.version }
    const cut = await api.json('PUT', `/api/v1/people/${person.id}`, change)
    assert.equal(cut.status, 503)
    assert.deepEqual(cut.body, {
      status: 503,
      title: 'The service is unavailable',
      correlationId: cut.headers.get('x-correlation-id'),
    })
    assert.match(
      statements.at(-1)!,
      /^update "person"/,
      'the connection was cut after the update, inside its transaction',
    )

    // While it is down: a form, a change and an addition through the API.
    const form = {
      _csrf: token,
      firstName: 'WhileDown',
      lastName: current.lastName,
      'dateOfBirth-day': String(Number(current.dateOfBirth.slice(8))),
      'dateOfBirth-month': String(Number(current.dateOfBirth.slice(5, 7))),
      'dateOfBirth-year': current.dateOfBirth.slice(0, 4),
      crn: current.crn,
      version: String(current.version),
    }
    const page = await browser.request('POST', edit, { form })
    assert.equal(page.status, 503)
    assert.match(page.headers.get('content-type')!, /^text\/html/)
    assertUnavailablePage(await page.text())
    assert.equal((await api.json('PUT', `/api/v1/people/${person.id}`, change)).status, 503)
    const addition = { firstName: 'New', lastName: 'Person', dateOfBirth: '1980-01-01', crn: 'Z900001' }
    assert.equal((await api.json('POST', '/api/v1/people', addition)).status, 503)

    proxy.comeBack()
    assert.deepEqual(await stored(person.id), before, 'the record, its version and its audit entries are as they were')
    assert.equal((await chainProblems()).length, 0)

    // Back: the same sessions, the same writes.
    const again = await api.json('PUT', `/api/v1/people/${person.id}`, change)
    assert.equal(again.status, 200)
    assert.equal(again.body.person.firstName, 'CutMidWrite')
    const formAgain = await browser.request('POST', edit, {
      form: { ...form, version: String(again.body.person.version) },
    })
    assert.equal(formAgain.status, 303)
    assert.equal((await api.json('POST', '/api/v1/people', addition)).status, 201)
    const after = await stored(person.id)
    assert.equal(after.first_name, 'WhileDown')
    assert.equal(after.updates, before.updates + 2, 'one audit entry for each change made')
    assert.equal(after.added, 1)
    assert.equal((await chainProblems()).length, 0)
  })
})
