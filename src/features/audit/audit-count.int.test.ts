import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { AUDIT_COUNT_LIMIT, AUDIT_PAGE_SIZE } from './audit.repository.ts'

describe('audit trail totals on a long trail', () => {
  let app: TestApp
  let admin: Client

  before(async () => {
    app = await startTestApp()
    admin = await new Client(app.baseUrl).signIn('admin')
    await sql`insert into audit_event (action, actor_username)
      select 'bulk.entry', 'comA' from generate_series(1, ${AUDIT_COUNT_LIMIT + 5})`.execute(app.services.handle.db)
  })
  after(() => app.close())

  it('says "more than" the limit instead of counting every entry, and still pages', async () => {
    const { body } = await admin.json('GET', '/api/v1/audit?action=bulk.entry')
    assert.equal(body.total, AUDIT_COUNT_LIMIT)
    assert.equal(body.totalCapped, true)
    assert.equal(body.entries.length, AUDIT_PAGE_SIZE)
    const page = await (await admin.get('/admin/audit?action=bulk.entry')).text()
    assert.match(page, /More than 10,000 entries/)
    assert.match(page, /page=2/)
  })

  it('counts exactly below the limit', async () => {
    const { body } = await admin.json('GET', '/api/v1/audit?action=sign-in.succeeded')
    assert.equal(body.totalCapped, false)
    assert.equal(body.total, 1)
  })
})
