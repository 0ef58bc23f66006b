import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { freshDatabase } from '../../../test/support/test-database.ts'
import type { DatabaseHandle } from './database.ts'

const skip = process.env.DATABASE_URL ? false : 'prepared statements are a PostgreSQL server feature (set DATABASE_URL)'

let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  if (!skip) ({ handle, drop } = await freshDatabase())
})
after(() => drop?.())

/** Runs `work` on one connection and returns what that connection has prepared. */
async function preparedAfter(work: (db: DatabaseHandle['db']) => Promise<void>) {
  return handle.db.connection().execute(async db => {
    await work(db)
    const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)
    return rows.map(r => r.statement)
  })
}

describe('prepared statements on a PostgreSQL server', { skip }, () => {
  it('prepares a statement with parameters once per connection and answers it each time', async () => {
    const statements = await preparedAfter(async db => {
      for (const n of [1, 2, 3]) {
        const { rows } = await sql<{ doubled: number }>`select ${n}::int * 2 as doubled`.execute(db)
        assert.equal(rows[0]?.doubled, n * 2)
      }
    })
    assert.deepEqual(
      statements.filter(s => s.includes('as doubled')),
      ['select $1::int * 2 as doubled'],
    )
  })

  it('runs statements without parameters as they are', async () => {
    const statements = await preparedAfter(async db => void (await sql`select 41 + 1 as answer`.execute(db)))
    assert.equal(statements.filter(s => s.includes('answer')).length, 0)
  })

  it('prepares no more than a bounded number on one connection, and still answers the rest', async () => {
    const statements = await preparedAfter(async db => {
      for (let n = 0; n < 320; n++) {
        const { rows } = await sql<{ v: number }>`select ${n}::int + ${sql.lit(n)} as v`.execute(db)
        assert.equal(rows[0]?.v, 2 * n)
      }
    })
    assert.equal(statements.length, 300)
  })
})
