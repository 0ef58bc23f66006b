import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type DatabaseHandle, type DatabaseOptions } from '../../src/platform/db/database.ts'
import { migrate } from '../../src/platform/db/migrate.ts'

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * server named by DATABASE_URL, dropped again at the end so that CI leaves the server as it found it.
 */
export async function freshDatabase(
  options: Pick<DatabaseOptions, 'onQuery'> = {},
): Promise<{ handle: DatabaseHandle; url?: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    const handle = await openDatabase({ ...options })
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

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
