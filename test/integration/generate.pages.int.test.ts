import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { PASSWORD } from '../support/fixture.ts'
import { Client, serveApp } from '../support/test-app.ts'
import { freshDatabase } from '../support/test-database.ts'
import { hashPassword } from '../../src/platform/auth/password.ts'
import type { Db } from '../../src/platform/db/database.ts'
import { GENERATOR_PARTS } from '../../src/features.ts'
import { profileFor } from '../../src/platform/sample-data/scale-profile.ts'
import { generate } from '../../src/platform/sample-data/generate.ts'

const TODAY = '2026-11-23'

/** A person with rows in `table`, and the username of their COM. */
async function someoneWith(db: Db, table: string) {
  const { rows } = await sql<{ id: string; username: string }>`select p.id, u.username
    from person p join app_user u on u.id = p.com_id
    where exists (select 1 from ${sql.table(table)} t where t.person_id = p.id)
    order by p.crn limit 1`.execute(db)
  assert.ok(rows[0], `someone with ${table}`)
  return rows[0]
}

describe('the pages of generated people', () => {
  let app: Awaited<ReturnType<typeof serveApp>>

  before(async () => {
    const database = await freshDatabase()
    await generate(database.handle.db, {
      profile: profileFor(300),
      today: TODAY,
      passwordHash: await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 }),
      auditKey: randomBytes(32),
      parts: GENERATOR_PARTS,
      report: () => undefined,
    })
    app = await serveApp(database, { today: TODAY })
  })
  after(() => app.close())

  const PAGES = [
    ['plan', 'plan'],
    ['plan/history', 'plan_version'],
    ['release', 'person_release'],
    ['supervision', 'supervision_appointment'],
    ['recall', 'recall_review'],
    ['timeline', 'recall_review'],
    ['timeline', 'plan_agreement'],
    ['timeline', 'person_tier'],
  ] as const

  for (const [page, table] of PAGES) {
    it(`answers the ${page} page of someone with a ${table} row`, async () => {
      const { id, username } = await someoneWith(app.services.handle.db, table)
      const client = await new Client(app.baseUrl).signIn(username)
      const response = await client.get(`/people/${id}/${page}`)
      assert.equal(response.status, 200, `${page} of ${id}`)
    })
  }

  it('shows a COM with a court report their workload with it', async () => {
    const { rows } = await sql<{ staff_id: string; username: string; court: string }>`select r.staff_id, u.username,
        r.court from court_report r join app_user u on u.id = r.staff_id order by u.username limit 1`.execute(
      app.services.handle.db,
    )
    assert.ok(rows[0], 'a COM with a court report')
    const client = await new Client(app.baseUrl).signIn(rows[0].username)
    const response = await client.get(`/workload/practitioners/${rows[0].staff_id}`)
    assert.equal(response.status, 200)
    assert.match(await response.text(), /data-qa="court-report"/)
  })

  it('lists people waiting for a COM to the manager of their PDU', async () => {
    const client = await new Client(app.baseUrl).signIn('manager')
    const html = await (await client.get('/caseload/awaiting-com')).text()
    assert.match(html, /href="\/people\/[0-9a-f-]{36}\/allocation"/)
  })
})
