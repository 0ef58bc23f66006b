import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { createApp } from '../../app.ts'
import { buildServices } from '../../composition.ts'
import { loadFixture } from '../../../test/support/fixture.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { ConfigError, loadConfig } from '../config/config.ts'
import { createLogger } from '../logging/logger.ts'
import { CAPTURE_HEADER } from './bench-floor.ts'

describe('the benchmark floor', () => {
  it('cannot be switched on in production', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), BENCH_FLOOR: '1' }),
      (error: unknown) => error instanceof ConfigError && error.message.includes('BENCH_FLOOR'),
    )
  })

  describe('when off (the default)', () => {
    let app: TestApp
    before(async () => (app = await startTestApp()))
    after(() => app.close())

    it('does not exist', async () => {
      const client = await new Client(app.baseUrl).signIn('comA')
      await (await client.request('GET', '/caseload', { headers: { [CAPTURE_HEADER]: 'x' } })).text()
      assert.equal((await fetch(`${app.baseUrl}/bench-floor/x`)).status, 404)
    })
  })

  describe('when on', () => {
    let baseUrl = ''
    let close: () => Promise<void>
    let services: ReturnType<typeof buildServices>

    before(async () => {
      const { handle, drop } = await freshDatabase()
      await loadFixture(handle.db)
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BENCH_FLOOR: '1' })
      services = buildServices(handle, config, { signInDelayScale: 0.01 })
      const server = createApp(services, config, createLogger('silent')).listen(0, '127.0.0.1')
      await new Promise(resolve => server.once('listening', resolve))
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      close = async () => {
        await new Promise(resolve => server.close(resolve))
        await drop()
      }
    })
    after(() => close())

    const auditCount = async () =>
      Number((await sql<{ n: number }>`select count(*) as n from audit_event`.execute(services.handle.db)).rows[0]!.n)

    it('renders the captured page again from memory, without a session or an audit entry', async () => {
      const client = await new Client(baseUrl).signIn('comA')
      const real = await (
        await client.request('GET', '/caseload', { headers: { [CAPTURE_HEADER]: 'caseload' } })
      ).text()
      const entries = await auditCount()
      const floor = await fetch(`${baseUrl}/bench-floor/caseload`)
      assert.equal(floor.status, 200)
      const html = await floor.text()
      assert.match(real, /Alpha/)
      assert.match(html, /Alpha/, 'the same people as the real page')
      assert.equal(await auditCount(), entries, 'nothing audited')
    })

    it('serialises the captured JSON again', async () => {
      const client = await new Client(baseUrl).signIn('comA')
      const real = await client.request('GET', '/api/v1/caseload', { headers: { [CAPTURE_HEADER]: 'api' } })
      assert.deepEqual(await (await fetch(`${baseUrl}/bench-floor/api`)).json(), await real.json())
    })
  })
})
