import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql, type RawBuilder } from 'kysely'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { loadFixture } from '../../../test/support/fixture.ts'
import { Client, serveApp } from '../../../test/support/test-app.ts'
import { auditKeyOf, readCheckpoint, writeCheckpoint, type ChainCheckpoint } from '../../platform/audit/audit-chain.ts'
import { createAuditCheckpointer } from '../../platform/audit/audit-checkpoint.ts'
import { createAuditLog } from '../../platform/audit/audit-log.ts'
import { openDatabase, SERVICE_ROLE, type Db, type DatabaseHandle } from '../../platform/db/database.ts'
import { createAuditRepository, createAuditService } from './index.ts'

/**
 * Tampering that the service's own database role could do before the keyed chain (issue 19), each shown by
 * verify-audit. Every case tampers inside a transaction that is rolled back, so one database serves them all.
 */
const KEY = randomBytes(32)
const work = mkdtempSync(join(tmpdir(), 'resettle-audit-chain-'))
const checkpointFile = join(work, 'checkpoint.json')
let handle: DatabaseHandle
let url: string | undefined
let drop: () => Promise<void>
let head: ChainCheckpoint

before(async () => {
  ;({ handle, url, drop } = await freshDatabase())
  const checkpoint = createAuditCheckpointer(handle.db, checkpointFile, { intervalMs: 5 })
  const audit = createAuditLog(handle.db, { key: KEY, checkpoint })
  await Promise.all(
    Array.from({ length: 12 }, (_, n) => audit.record({ action: 'test.entry', actorUsername: 'com', details: { n } })),
  )
  await checkpoint.close()
  head = readCheckpoint(checkpointFile)!
})
after(async () => {
  await drop()
  rmSync(work, { recursive: true, force: true })
})

const ROLLED_BACK = new Error('rolled back')

/** Runs the statements as the owner could (triggers off), verifies, and rolls it all back. */
async function verifyTampered(
  statements: ((tx: Db) => RawBuilder<unknown>)[],
  options: { key?: Buffer; checkpoint?: ChainCheckpoint | undefined } = {},
) {
  let result: Awaited<ReturnType<ReturnType<typeof createAuditService>['verify']>> | undefined
  await assert.rejects(
    handle.db.transaction().execute(async tx => {
      await sql`alter table audit_event disable trigger user`.execute(tx)
      for (const statement of statements) await statement(tx).execute(tx)
      await sql`alter table audit_event enable trigger user`.execute(tx)
      const service = createAuditService(createAuditRepository(tx), createAuditLog(tx, { key: KEY }))
      result = await service.verify(options.key ?? KEY, 'checkpoint' in options ? options.checkpoint : head)
      throw ROLLED_BACK
    }),
    ROLLED_BACK,
  )
  return result!
}

const ids = async () =>
  (await handle.db.selectFrom('audit_event').select('id').orderBy('id').execute()).map(row => row.id)

describe('the keyed audit chain', () => {
  it('checkpoints the head of the chain outside the database, readable by its owner only', async () => {
    const last = await handle.db
      .selectFrom('audit_event')
      .select(['id', 'hash', 'chain_version'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
    assert.deepEqual(head, { id: last.id, hash: last.hash })
    assert.equal(last.chain_version, 2)
    assert.equal(statSync(checkpointFile).mode & 0o777, 0o600)
    const whole = await verifyTampered([])
    assert.deepEqual(whole, { broken: [], checked: 12 })
  })

  it('reports an entry edited and the chain re-hashed from it with plain SHA-256', async () => {
    const [, third] = await ids()
    // What a writer without the key can do: recompute each hash as the old unkeyed chain did.
    const { broken } = await verifyTampered([
      () => sql`update audit_event set details = '{"n": 99}' where id = ${third}`,
      () => sql`do $$
        declare r record; previous text;
        begin
          select hash into previous from audit_event where id < ${sql.lit(third)} order by id desc limit 1;
          for r in select id from audit_event where id >= ${sql.lit(third)} order by id loop
            update audit_event set prev_hash = previous, chain_version = 1 where id = r.id;
            update audit_event a set hash = audit_event_digest(a) where id = r.id returning hash into previous;
          end loop;
        end $$`,
    ])
    assert.deepEqual(broken[0], { id: third, problem: 'unkeyed' })
    assert.ok(
      broken.some(b => b.id === head.id && b.problem === 'checkpoint'),
      JSON.stringify(broken),
    )
  })

  it('reports an entry edited and re-hashed as keyed with a key that is not the service’s', async () => {
    const [, , fourth] = await ids()
    const { broken } = await verifyTampered([
      () => sql`update audit_event set outcome = 'denied', hash = md5('x') || md5('y') where id = ${fourth}`,
    ])
    assert.deepEqual(broken.slice(0, 2), [
      { id: fourth, problem: 'hash' },
      { id: fourth! + 1, problem: 'link' },
    ])
  })

  it('reports the newest entries deleted, which no link shows, by the checkpoint', async () => {
    const all = await ids()
    const { broken, checked } = await verifyTampered([() => sql`delete from audit_event where id > ${all[8]}`])
    assert.equal(checked, 9)
    assert.deepEqual(broken, [{ id: head.id, problem: 'removed' }])
  })

  it('reports an entry deleted from the middle at the link of the entry after it', async () => {
    const all = await ids()
    const { broken } = await verifyTampered([() => sql`delete from audit_event where id = ${all[5]}`])
    assert.deepEqual(broken, [{ id: all[6], problem: 'link' }])
  })

  it('reports an entry added without the key after keyed ones', async () => {
    // The trigger chains an unkeyed entry as before: a writer without the key can still add one, and it shows.
    const { broken } = await verifyTampered(
      [
        () => sql`alter table audit_event enable trigger audit_event_chain`,
        () => sql`insert into audit_event (action) values ('test.unkeyed')`,
      ],
      { checkpoint: undefined },
    )
    assert.equal(broken.length, 1)
    assert.equal(broken[0]!.problem, 'unkeyed')
  })

  it('reports every keyed entry when verified with the wrong key', async () => {
    const { broken } = await verifyTampered([], { key: randomBytes(32) })
    assert.equal(broken.length, 12)
    assert.ok(broken.every(b => b.problem === 'hash'))
  })

  it('checkpoints once per interval rather than once per entry, and what is left at shutdown', async () => {
    const file = join(work, 'batched.json')
    const checkpoint = createAuditCheckpointer(handle.db, file, { intervalMs: 60_000 })
    const audit = createAuditLog(handle.db, { key: KEY, checkpoint })
    for (let n = 0; n < 5; n++) await audit.record({ action: 'test.batched' })
    assert.equal(readCheckpoint(file), undefined, 'no file write on the request path')
    await checkpoint.close()
    const last = await handle.db
      .selectFrom('audit_event')
      .select(['id', 'hash'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
    assert.deepEqual(readCheckpoint(file), last)
  })

  it('keeps the checkpoint where it was once the checkpointed entry is gone, so that the evidence stays', async () => {
    const file = join(work, 'kept.json')
    const gone = { id: head.id + 1000, hash: head.hash }
    writeCheckpoint(file, gone)
    const problems: string[] = []
    const checkpoint = createAuditCheckpointer(handle.db, file, { onProblem: p => void problems.push(p) })
    checkpoint.touch()
    await checkpoint.close()
    assert.deepEqual(readCheckpoint(file), gone)
    assert.equal(problems.length, 1)
  })

  it('makes a key file once outside production, mode 0600, and reads the same key back', () => {
    const keyFile = join(work, 'keys', 'audit.key')
    const config = { key: undefined, keyFile, makeKeyFile: true, checkpoint: undefined }
    const made = auditKeyOf(config)
    assert.equal(made.length, 32)
    assert.equal(statSync(keyFile).mode & 0o777, 0o600)
    assert.deepEqual(auditKeyOf(config), made)
    assert.throws(
      () => auditKeyOf({ ...config, keyFile: join(work, 'absent.key'), makeKeyFile: false }),
      /does not exist/,
    )
  })
})

describe(
  'the service’s database role',
  { skip: process.env.DATABASE_URL ? false : 'PGlite is embedded: one process, one user, the file is the boundary' },
  () => {
    let service: DatabaseHandle
    before(async () => {
      service = await openDatabase({ databaseUrl: url, role: SERVICE_ROLE, poolSize: 2 })
    })
    after(() => service?.close())

    it('may read and add to the audit trail but not change, remove, truncate it or disable its triggers', async () => {
      const { rows } = await sql<{ who: string }>`select current_user as who`.execute(service.db)
      assert.equal(rows[0]!.who, SERVICE_ROLE)
      await createAuditLog(service.db, { key: KEY }).record({ action: 'test.as-service' })
      for (const statement of [
        sql`update audit_event set action = 'x'`,
        sql`delete from audit_event`,
        sql`truncate audit_event`,
        sql`alter table audit_event disable trigger user`,
        sql`alter table audit_event disable trigger audit_event_no_update`,
      ])
        await assert.rejects(statement.execute(service.db), /permission denied|must be owner/)
    })

    it('may write every other table', async () => {
      const { rows } = await sql<{ name: string }>`
      with mine as materialized (
        select tablename as name from pg_tables where schemaname = 'public' and tablename <> 'audit_event')
      select name from mine where not has_table_privilege(${SERVICE_ROLE}, format('public.%I', name), 'select, insert, update, delete')`.execute(
        handle.db,
      )
      assert.deepEqual(rows, [])
    })

    it('serves sign-in, pages and sign-out as that role', async () => {
      await loadFixture(handle.db)
      const app = await serveApp({ handle: service, drop: async () => undefined })
      try {
        const client = await new Client(app.baseUrl).signIn('comA')
        assert.equal((await client.get('/caseload')).status, 200)
        assert.equal((await client.json('POST', '/api/v1/sign-out', {})).status < 300, true)
      } finally {
        await app.close()
      }
    })
  },
)
