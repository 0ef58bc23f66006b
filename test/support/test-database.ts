import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openDatabase, type DatabaseHandle, type DatabaseOptions } from '../../src/platform/db/database.ts'
import { migrate, migrationsDigest } from '../../src/platform/db/migrate.ts'

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * server named by DATABASE_URL, dropped again at the end so that CI leaves the server as it found it.
 */
export async function freshDatabase(
  options: Pick<DatabaseOptions, 'onQuery'> = {},
): Promise<{ handle: DatabaseHandle; url?: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    const handle = await openDatabase({ ...options, loadDataDir: await migratedTemplate() })
    await migrate(handle)
    return { handle, drop: () => handle.close() }
  }
  const name = `resettle_test_${randomBytes(6).toString('hex')}`
  await adminQuery(serverUrl, `create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 5, ...options })
  await migrate(handle)
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close()
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
    },
  }
}

// A dump is read only by the PGlite that wrote it.
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as {
    version: string
  }
).version

/**
 * An embedded database with every migration applied, dumped once per schema into the temporary folder and shared by
 * the test processes: loading it takes about a third of the time of creating a cluster afresh and migrating it.
 */
export async function migratedTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `resettle-pglite-${PGLITE_VERSION}-${migrationsDigest()}.tar.gz`)
  if (existsSync(file)) return new Blob([readFileSync(file)])
  const handle = await openDatabase({})
  try {
    await migrate(handle)
    const dump = await handle.dumpDataDir!()
    // Written aside and renamed, so that a test process starting alongside never reads half a file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    renameSync(partial, file)
    return dump
  } finally {
    await handle.close()
  }
}

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
