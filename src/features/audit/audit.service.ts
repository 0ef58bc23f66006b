import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { Forbidden } from '../../platform/errors/errors.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import { AUDIT_PAGE_SIZE, type AuditRepository } from './audit.repository.ts'
import { auditQuerySchema } from './audit.schemas.ts'

/** Admins browse the trail; reading it is itself recorded. */
export function createAuditService(repository: AuditRepository, audit: AuditLog) {
  return {
    async search(ctx: RequestContext, input: unknown) {
      if (ctx.user.role !== 'admin') throw new Forbidden('Only administrators can read the audit trail')
      const query = parseInput(auditQuerySchema, input)
      const { rows: entries, total, totalCapped } = await repository.search(query)
      await audit.record({
        action: 'audit.searched',
        actorId: ctx.user.id,
        actorUsername: ctx.user.username,
        correlationId: ctx.correlationId,
        details: {
          filters: Object.keys(query).filter(k => k !== 'page' && query[k as keyof typeof query] !== undefined),
        },
      })
      return {
        entries,
        total,
        totalCapped,
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
        query,
      }
    },

    /** For the verify-audit command: every entry's hash recomputed and every link followed. */
    async verify() {
      return repository.brokenLinks()
    },
  }
}

export type AuditService = ReturnType<typeof createAuditService>
