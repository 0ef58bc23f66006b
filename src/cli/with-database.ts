import type { Config } from '../platform/config/config.ts'
import { advanceCheckpoint } from '../platform/audit/audit-checkpoint.ts'
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts'
import { migrate } from '../platform/db/migrate.ts'
import { createKeyDatesRepository, refreshStoredKeyDates } from '../features/key-dates/index.ts'

const warn = (message: string) => void process.stderr.write(`Warning: ${message}\n`)

/**
 * Opens the configured database, brings it up to date, runs `work`, and always closes it. Afterwards the audit
 * chain's checkpoint follows what the command wrote, unless told not to (verify-audit must not move it).
 */
export async function withDatabase<T>(
  config: Config,
  work: (handle: DatabaseHandle, applied: string[]) => Promise<T>,
  options: { checkpoint?: boolean } = {},
): Promise<T> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 })
  try {
    const applied = await migrate(handle)
    const result = await work(handle, applied)
    // Whatever the command wrote, stored deadlines follow the key-date rules in force.
    await refreshStoredKeyDates(handle.db, createKeyDatesRepository(handle.db))
    const file = config.audit.checkpoint
    if (options.checkpoint !== false && file) {
      // The command's work is done and its entries are sound; a checkpoint that cannot move is only a warning.
      await advanceCheckpoint(handle.db, file).then(
        moved => moved || warn(`the audit trail no longer holds the entry checkpointed in ${file}`),
        (error: Error) => warn(`the audit checkpoint could not be written: ${error.message}`),
      )
    }
    return result
  } finally {
    await handle.close()
  }
}
