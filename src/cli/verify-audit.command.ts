import { createAuditLog } from '../platform/audit/audit-log.ts'
import { createAuditRepository, createAuditService } from '../features/audit/index.ts'
import type { Config } from '../platform/config/config.ts'
import type { Command } from './commands.ts'
import { withDatabase } from './with-database.ts'

export const verifyAuditCommand: Command = {
  name: 'verify-audit',
  summary: 'Check that no audit entry has been changed, removed or reordered',
  help: `Usage: npm run resettle -- verify-audit

Recomputes the hash of every audit entry and follows each link to the entry before it.
Exits 0 when the chain is whole, and 1 naming the first entries that do not match.`,
  async run({ config, stdout, stderr }) {
    const { broken, checked } = await verifyAuditChain(config)
    if (!broken.length) {
      stdout(`The audit trail is whole: ${checked} entries checked.\n`)
      return 0
    }
    stderr(`The audit trail has been tampered with. ${checked} entries checked; these do not match:\n`)
    for (const entry of broken) {
      stderr(
        `  entry ${entry.id}: ${entry.problem === 'hash' ? 'its content was changed' : 'the entry before it was changed or removed'}\n`,
      )
    }
    return 1
  },
}

/** Recomputes the audit chain of the configured database. */
export function verifyAuditChain(config: Config) {
  return withDatabase(config, handle =>
    createAuditService(createAuditRepository(handle.db), createAuditLog(handle.db)).verify(),
  )
}
