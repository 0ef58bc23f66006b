import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { freshDatabase } from '../../../test/support/test-database.ts'
import type { DatabaseHandle } from '../db/database.ts'
import { sql } from 'kysely'
import { createChainCheck, type ChainRow } from './audit-chain.ts'
import { createAuditLog } from './audit-log.ts'

const KEY = randomBytes(32)
let handle: DatabaseHandle
let drop: () => Promise<void>
let inserts = 0
before(async () => {
  ;({ handle, drop } = await freshDatabase({
    onQuery: text => void (inserts += /^insert into "audit_event"/.test(text) ? 1 : 0),
  }))
})
after(() => drop())

async function chainProblems() {
  const check = createChainCheck(KEY, undefined)
  const { rows } = await sql<ChainRow>`
    select id, chain_version, prev_hash, hash, audit_event_digest(a) as digest, audit_event_body(a) as body
    from audit_event a order by id`.execute(handle.db)
  check.add(rows)
  return check.finish().broken
}

describe('the audit log', () => {
  it('writes the entries of concurrent requests together, each committed and chained in order', async () => {
    const audit = createAuditLog(handle.db, { key: KEY })
    inserts = 0
    const actions = Array.from({ length: 60 }, (_, n) => `test.concurrent-${n}`)
    await Promise.all(actions.map(action => audit.record({ action, details: { n: action } })))

    const rows = await handle.db.selectFrom('audit_event').select('action').orderBy('id').execute()
    assert.deepEqual(
      rows.map(r => r.action),
      actions,
      'every entry is there, in the order it was handed in',
    )
    assert.ok(inserts < actions.length / 2, `60 entries took ${inserts} statements`)
    assert.deepEqual(await chainProblems(), [])
  })

  it('writes an entry given a transaction in that transaction, so it goes if the change is rolled back', async () => {
    const audit = createAuditLog(handle.db, { key: KEY })
    await assert.rejects(
      handle.db.transaction().execute(async tx => {
        await audit.record({ action: 'test.rolled-back' }, tx)
        throw new Error('the change failed')
      }),
      /the change failed/,
    )
    const found = await handle.db
      .selectFrom('audit_event')
      .select('id')
      .where('action', '=', 'test.rolled-back')
      .execute()
    assert.deepEqual(found, [])
    assert.deepEqual(await chainProblems(), [])
  })
})
