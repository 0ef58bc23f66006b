import { parseArgs } from 'node:util'
import { BackupError, restore } from '../platform/db/backup.ts'
import type { Command } from './commands.ts'
import { verifyAuditChain } from './verify-audit.command.ts'

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore the database from a backup file, then check its audit trail',
  help: `Usage: npm run resettle -- restore FILE [--replace]

With DATABASE_URL set, restores a pg_dump custom-format FILE in one transaction (pg_restore --clean
--single-transaction): it replaces what the backup holds, or changes nothing if it fails.
Otherwise restores an embedded-database FILE into DATA_DIR (default ./data), which must be empty;
--replace moves the database that is there aside to DATA_DIR.before-restore-<time> first, so nothing is lost.
Stop the service first. Afterwards it applies any newer migrations and verifies the audit chain with
the audit key (the same AUDIT_KEY as the backed-up service's); when it is whole, AUDIT_CHECKPOINT is
set to the restored chain's head.
Exits 0 when restored with the audit trail whole, 1 when it could not restore or the chain is broken,
2 when FILE is missing.`,
  async run({ args, config, stdout, stderr }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { replace: { type: 'boolean' } },
    })
    const [file, ...rest] = positionals
    if (!file || rest.length) {
      stderr('Give one backup FILE to restore: npm run resettle -- restore FILE [--replace]\n')
      return 2
    }
    try {
      const { setAside } = await restore(config, file, { replace: values.replace ?? false, now: new Date() })
      if (setAside) stdout(`Moved the database that was there to ${setAside}.\n`)
    } catch (error) {
      if (!(error instanceof BackupError)) throw error
      stderr(`${error.message}\n`)
      return 1
    }
    const { broken, checked } = await verifyAuditChain(config, { restored: true })
    if (broken.length) {
      stderr(`Restored ${file}, but its audit trail is broken at ${broken.length} of ${checked} entries.\n`)
      return 1
    }
    stdout(`Restored ${file}. The audit trail is whole: ${checked} entries checked.\n`)
    return 0
  },
}
