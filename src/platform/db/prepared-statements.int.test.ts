import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { freshDatabase } from '../../../test/support/test-database.ts'
import type { DatabaseHandle } from './database.ts'

let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => ({ handle, drop } = await freshDatabase()))
after(() => drop())

/** Runs `work` on one connection and returns what that connection has prepared. */
async function preparedAfter(work: (db: DatabaseHandle['db']) => Promise<void>) {
  return handle.db.connection().execute(async db => {
    await work(db)
    const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)
    return rows.map(r => r.statement)
  })
}

describe(`prepared statements (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded database'})`, () => {
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

describe('statements by name answer as statements run afresh do', () => {
  it('turns values both ways by their types: dates stay ISO text, counts are numbers, null stays null', async () => {
    const { rows } = await sql<Record<string, unknown>>`select ${'2026-03-02'}::date as day, count(*) as n,
      ${null}::text as nothing, ${true}::boolean as yes, ${JSON.stringify({ a: [1, 'b'] })}::jsonb as doc,
      ${['11111111-1111-4111-8111-111111111111']}::uuid[] as ids, ${2.5}::numeric as half
      from (values (1), (2)) v`.execute(handle.db)
    assert.deepEqual(rows[0], {
      day: '2026-03-02',
      n: 2,
      nothing: null,
      yes: true,
      doc: { a: [1, 'b'] },
      ids: ['11111111-1111-4111-8111-111111111111'],
      half: '2.5',
    })
  })

  it('reports the rows a write changed', async () => {
    await sql`create table counted (id int primary key, v text)`.execute(handle.db)
    const inserted = await sql`insert into counted values (${1}, ${'a'}), (${2}, ${'b'})`.execute(handle.db)
    const updated = await sql`update counted set v = ${'c'} where id > ${0}`.execute(handle.db)
    const deleted = await sql`delete from counted where id = ${1}`.execute(handle.db)
    assert.deepEqual(
      [inserted, updated, deleted].map(r => Number(r.numAffectedRows)),
      [2, 2, 1],
    )
  })

  it('fails a bad statement with its error and goes on answering', async () => {
    await sql`create table unique_once (id int primary key)`.execute(handle.db)
    await sql`insert into unique_once values (${1})`.execute(handle.db)
    await assert.rejects(sql`insert into unique_once values (${1})`.execute(handle.db), { code: '23505' })
    await assert.rejects(sql`select from nowhere where x = ${1}`.execute(handle.db), { code: '42P01' })
    const { rows } = await sql<{ n: number }>`select count(*) as n from unique_once where id = ${1}`.execute(handle.db)
    assert.equal(rows[0]?.n, 1)
  })

  it('answers a statement again after a change of table has changed its columns', async () => {
    await sql`create table widening (id int)`.execute(handle.db)
    await sql`insert into widening values (1)`.execute(handle.db)
    const all = () => sql<Record<string, unknown>>`select * from widening where id = ${1}`.execute(handle.db)
    assert.deepEqual((await all()).rows, [{ id: 1 }])
    await sql`alter table widening add column label text default 'new'`.execute(handle.db)
    assert.deepEqual((await all()).rows, [{ id: 1, label: 'new' }])
  })
})
