import { auditKeyOf, readCheckpoint, type ChainProblem } from '../platform/audit/audit-chain.ts'
import { advanceCheckpoint } from '../platform/audit/audit-checkpoint.ts'
import { createAuditLog } from '../platform/audit/audit-log.ts'
import { createAuditRepository, createAuditService } from '../features/audit/index.ts'
import type { Config } from '../platform/config/config.ts'
import type { Command } from './commands.ts'
import { withDatabase } from './with-database.ts'

const PROBLEMS: Record<ChainProblem, string> = {
  hash: 'its content was changed, or it was hashed without the audit key',
  link: 'the entry before it was changed or removed',
  unkeyed: 'it was written without the audit key after entries written with it',
  removed: 'the checkpointed head of the chain is missing: the newest entries were removed',
  checkpoint: 'its hash is not the one checkpointed: the chain was re-hashed',
}

export const verifyAuditCommand: Command = {
  name: 'verify-audit',
  summary: 'Check that no audit entry has been changed, removed or reordered',
  help: `Usage: npm run resettle -- verify-audit

Recomputes the hash of every audit entry (entries written since migration 021 with the audit key,
AUDIT_KEY or AUDIT_KEY_FILE; older ones as unkeyed SHA-256), follows each link to the entry before
it, and checks that the chain reaches the head last checkpointed in AUDIT_CHECKPOINT with its hash.
Exits 0 when the chain is whole, and 1 naming the first entries that do not match, each with its
problem: hash, link, unkeyed (written without the key after keyed entries), removed (the
checkpointed entry is gone) or checkpoint (it has another hash than the one checkpointed).`,
  async run({ config, stdout, stderr }) {
    const { broken, checked } = await verifyAuditChain(config)
    if (!broken.length) {
      stdout(`The audit trail is whole: ${checked} entries checked.\n`)
      return 0
    }
    stderr(`The audit trail has been tampered with. ${checked} entries checked; these do not match:\n`)
    for (const entry of broken) stderr(`  entry ${entry.id} (${entry.problem}): ${PROBLEMS[entry.problem]}\n`)
    return 1
  },
}

/**
 * Recomputes the audit chain of the configured database against the configured key and checkpoint. After a restore
 * the checkpoint belongs to the database that was replaced: the restored chain is verified without it and, when
 * whole, checkpointed afresh.
 */
export function verifyAuditChain(config: Config, options: { restored?: boolean } = {}) {
  const key = auditKeyOf(config.audit)
  const file = config.audit.checkpoint
  const checkpoint = options.restored ? undefined : readCheckpoint(file)
  return withDatabase(
    config,
    async handle => {
      const service = createAuditService(createAuditRepository(handle.db), createAuditLog(handle.db, { key }))
      const result = await service.verify(key, checkpoint)
      if (options.restored && file && !result.broken.length) await advanceCheckpoint(handle.db, file, { reset: true })
      return result
    },
    { checkpoint: false },
  )
}
