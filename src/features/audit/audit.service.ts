import { actorOf } from '../../platform/audit/actor.ts'
import { createChainCheck, type ChainCheckpoint } from '../../platform/audit/audit-chain.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { NotFound } from '../../platform/errors/errors.ts'
import type { AuditTrailAction } from './audit.audit.ts'
import { mayReadAuditTrail } from './audit.policy.ts'
import { AUDIT_PAGE_SIZE, type AuditRepository } from './audit.repository.ts'
import type { AuditQuery } from './audit.schemas.ts'

/** Admins browse the trail; reading it is itself recorded. */
export function createAuditService(repository: AuditRepository, audit: AuditLog<AuditTrailAction>) {
  return {
    async search(ctx: RequestContext, query: AuditQuery) {
      if (!mayReadAuditTrail(ctx.user)) throw new NotFound()
      const { rows, total, totalCapped } = await repository.search(query)
      await audit.record({
        ...actorOf(ctx),
        action: 'audit.searched',
        details: {
          filters: Object.keys(query).filter(k => k !== 'page' && query[k as keyof typeof query] !== undefined),
        },
      })
      return {
        entries: rows.map(row => ({ ...row, occurred_at: row.occurred_at.toISOString() })),
        total,
        totalCapped,
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
        query,
      }
    },

    /**
     * For the verify-audit command: every entry's hash recomputed (keyed ones with the key), every link followed, and
     * the chain shown to reach the checkpointed head with its hash.
     */
    async verify(key: Buffer, checkpoint: ChainCheckpoint | undefined) {
      const check = createChainCheck(key, checkpoint)
      for (let afterId = 0; ;) {
        const page = await repository.chainPage(afterId)
        if (!page.length) return check.finish()
        check.add(page)
        afterId = page.at(-1)!.id
      }
    },
  }
}

export type AuditService = ReturnType<typeof createAuditService>
