import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { readCheckpoint } from '../platform/audit/audit-chain.ts'
import { createAuditLog } from '../platform/audit/audit-log.ts'
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts'
import { freshDatabase } from '../../test/support/test-database.ts'
import { runCli } from './run-cli.ts'

/**
 * A round trip through `backup` and `restore` on whichever database the suite runs on: every table's rows come
 * back equal and the audit chain verifies. On PostgreSQL the source and the target are two fresh databases; on the
 * embedded database, two data folders.
 */
const work = mkdtempSync(join(tmpdir(), 'resettle-backup-'))
const file = join(work, 'resettle.backup')
const AUDIT_KEY = randomBytes(32)
const cleanUps: (() => Promise<void>)[] = []
let source: NodeJS.ProcessEnv
let target: NodeJS.ProcessEnv

async function databaseEnv(name: string): Promise<NodeJS.ProcessEnv> {
  // One audit key for both, as a restored service keeps its key; each its own checkpoint, beside its data.
  const base = {
    ...process.env,
    NODE_ENV: 'development',
    DEMO_PASSWORD: 'demo-password-for-tests',
    AUDIT_KEY: AUDIT_KEY.toString('hex'),
    AUDIT_CHECKPOINT: join(work, `${name}-checkpoint.json`),
  }
  if (!process.env.DATABASE_URL) return { ...base, DATA_DIR: join(work, name) }
  const database = await freshDatabase()
  await database.handle.close()
  cleanUps.push(database.drop)
  return { ...base, DATABASE_URL: database.url }
}

async function resettle(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    readStdin: async () => '',
    env,
  })
  return { code, stdout, stderr }
}

async function withHandle<T>(env: NodeJS.ProcessEnv, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR })
  try {
    return await work(handle)
  } finally {
    await handle.close()
  }
}

/** Every table of the public schema as sorted JSON rows, so that two databases can be compared whole. */
async function everyTable(env: NodeJS.ProcessEnv): Promise<Record<string, string[]>> {
  return withHandle(env, async ({ db }) => {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db)
    const contents: Record<string, string[]> = {}
    for (const { name } of tables.rows) {
      const rows = await sql<{ row: unknown }>`select to_jsonb(t) as row from ${sql.table(name)} t`.execute(db)
      contents[name] = rows.rows.map(r => JSON.stringify(r.row)).sort()
    }
    return contents
  })
}

before(async () => {
  source = await databaseEnv('source')
  target = await databaseEnv('target')
  assert.equal((await resettle(['seed-demo', '--people', '12'], source)).code, 0)
  await withHandle(source, ({ db }) =>
    createAuditLog(db, { key: AUDIT_KEY }).record({
      action: 'person.viewed',
      actorUsername: 'com',
      details: { page: 'overview' },
    }),
  )
})
after(async () => {
  for (const cleanUp of cleanUps) await cleanUp()
  rmSync(work, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('gives back every table, row for row, with the audit chain whole', async () => {
    const backedUp = await resettle(['backup', file], source)
    assert.equal(backedUp.code, 0, backedUp.stderr)
    assert.ok(!readdirSync(work).some(name => name.includes('.partial-')), 'no partial file is left behind')

    const restored = await resettle(['restore', file], target)
    assert.equal(restored.code, 0, restored.stderr)
    assert.match(restored.stdout, /The audit trail is whole: \d+ entries checked/)

    const [before, after] = [await everyTable(source), await everyTable(target)]
    assert.deepEqual(Object.keys(after), Object.keys(before))
    assert.ok(before.person!.length >= 12 && before.audit_event!.length > 0, 'the source held people and audit')
    for (const table of Object.keys(before)) assert.deepEqual(after[table], before[table], `table ${table}`)
    assert.equal((await resettle(['verify-audit'], target)).code, 0)
    // The restored chain's head is checkpointed afresh, so that verify-audit holds the restored trail to it.
    const head = await withHandle(target, ({ db }) =>
      db.selectFrom('audit_event').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow(),
    )
    assert.deepEqual(readCheckpoint(target.AUDIT_CHECKPOINT), head)
  })

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const bogus = join(work, 'not-a-backup.txt')
    writeFileSync(bogus, 'hello')
    const before = await everyTable(target)
    const result = await resettle(['restore', bogus], target)
    assert.equal(result.code, 1)
    assert.match(result.stderr, /is not a Resettle backup/)
    assert.deepEqual(await everyTable(target), before)
  })

  it('asks for FILE, with exit status 2', async () => {
    assert.equal((await resettle(['backup'], source)).code, 2)
    assert.equal((await resettle(['restore'], source)).code, 2)
  })

  it('refuses a missing file', async () => {
    const result = await resettle(['restore', join(work, 'absent.backup')], target)
    assert.equal(result.code, 1)
    assert.match(result.stderr, /There is no file/)
  })

  if (!process.env.DATABASE_URL) {
    it('keeps an embedded database that is there unless told to replace it, and then moves it aside', async () => {
      const refused = await resettle(['restore', file], target)
      assert.equal(refused.code, 1)
      assert.match(refused.stderr, /already holds a database\. Run with --replace/)

      const replaced = await resettle(['restore', file, '--replace'], target)
      assert.equal(replaced.code, 0, replaced.stderr)
      const aside = /Moved the database that was there to (\S+)\./.exec(replaced.stdout)?.[1]
      assert.ok(aside && existsSync(aside) && readdirSync(aside).length > 0, 'the old folder is kept')
    })
  }
})
