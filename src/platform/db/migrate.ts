import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { DatabaseHandle } from './database.ts'

const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', '..', 'migrations')
// Several instances may start at once against one server: only one migrates.
const MIGRATION_LOCK = 4242000

/** Applies, in order, every versioned SQL file not yet applied. Returns the versions applied now. */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  await handle.execScript(
    'create table if not exists schema_migration (version text primary key, applied_at timestamptz not null default now())',
  )
  return handle.db.connection().execute(async conn => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn)
    try {
      const done = new Set((await conn.selectFrom('schema_migration').select('version').execute()).map(r => r.version))
      const pending = migrationFiles().filter(file => !done.has(file))
      for (const file of pending) {
        const script = readFileSync(join(MIGRATIONS_DIR, file), 'utf8')
        await conn.transaction().execute(async tx => {
          await sql.raw(script).execute(tx)
          await tx.insertInto('schema_migration').values({ version: file }).execute()
        })
      }
      return pending
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn)
    }
  })
}

/** A digest of every migration's name and text: equal digests mean equal schemas. */
export function migrationsDigest(): string {
  const hash = createHash('sha256')
  for (const file of migrationFiles())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(MIGRATIONS_DIR, file)))
  return hash.digest('hex').slice(0, 16)
}

function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter(name => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
}
