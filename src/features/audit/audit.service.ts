import { actorOf } from '../../platform/audit/actor.ts'
import { createChainCheck, type ChainCheckpoint } from '../../platform/audit/audit-chain.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { NotFound } from '../../platform/errors/errors.ts'
import type { AuditTrailAction } from './audit.audit.ts'
import { mayReadAuditTrail } from './audit.policy.ts'
import { AUDIT_PAGE_SIZE, type AuditFilters, type AuditRepository } from './audit.repository.ts'
import type { AuditQuery } from './audit.schemas.ts'
import { CSV_HEADINGS, csvLine, detailItems } from './audit.view.ts'
import { csvRecord } from '../../platform/csv/csv.ts'

/** The filters a reading used, by name only: what was searched for is not itself copied into the trail. */
function filtersUsed(query: AuditFilters) {
  return Object.keys(query).filter(k => k !== 'page' && query[k as keyof AuditFilters] !== undefined)
}

/** Admins browse and export the trail; reading it is itself recorded. */
export function createAuditService(
  repository: AuditRepository,
  audit: AuditLog<AuditTrailAction>,
  /** Every action any feature writes, known once all features are built. */
  actions: () => readonly string[] = () => [],
) {
  function allowed(ctx: RequestContext) {
    if (!mayReadAuditTrail(ctx.user)) throw new NotFound()
  }

  return {
    async search(ctx: RequestContext, query: AuditQuery) {
      allowed(ctx)
      const { rows, total, totalCapped } = await repository.search(query)
      await audit.record({ ...actorOf(ctx), action: 'audit.searched', details: { filters: filtersUsed(query) } })
      return {
        entries: rows.map(row => ({
          ...row,
          occurred_at: row.occurred_at.toISOString(),
          detailItems: detailItems(row.details),
        })),
        total,
        totalCapped,
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
        query,
      }
    },

    /** The actions the trail can hold, for the filter's list. */
    actionNames(): string[] {
      return [...new Set(actions())].sort()
    },

    /**
     * The entries a search finds, every one of them, as CSV lines for an investigation, read a batch at a time.
     * The export is recorded before the first line, so that one cut short is on the trail too.
     */
    async *exportCsv(ctx: RequestContext, query: AuditFilters): AsyncGenerator<string> {
      allowed(ctx)
      await audit.record({ ...actorOf(ctx), action: 'audit.exported', details: { filters: filtersUsed(query) } })
      yield csvRecord(CSV_HEADINGS)
      let olderThan: number | undefined
      for (;;) {
        const batch = await repository.exportBatch(query, olderThan)
        if (!batch.length) return
        yield batch.map(csvLine).join('')
        olderThan = batch.at(-1)!.id
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
