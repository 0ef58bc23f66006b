import type { Config } from '../platform/config/config.ts'
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts'
import { migrate } from '../platform/db/migrate.ts'

/** Opens the configured database, brings it up to date, runs `work`, and always closes it. */
export async function withDatabase<T>(
  config: Config,
  work: (handle: DatabaseHandle, applied: string[]) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 })
  try {
    return await work(handle, await migrate(handle))
  } finally {
    await handle.close()
  }
}
