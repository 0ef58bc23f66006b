import type { AuditLog } from '../../platform/audit/audit-log.ts'
import { actorOf } from '../../platform/audit/actor.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { sha256 } from '../../platform/auth/tokens.ts'
import { Conflict, NotFound } from '../../platform/errors/errors.ts'
import type { AccountSessionsRepository } from './account-sessions.repository.ts'
import type { AccountSessionsAuditAction } from './account-sessions.audit.ts'

interface Dependencies {
  repository: AccountSessionsRepository
  audit: AuditLog<AccountSessionsAuditAction>
}

export interface SessionSummary {
  id: string
  device: string
  startedAt: string
  lastSeenAt: string
  current: boolean
}

export const THIS_SESSION = 'This is the session you are using: sign out to end it'

/**
 * "Your sessions": a signed-in user sees where they are signed in (started, last used, which browser) and ends any
 * session but the one in use, or all the others at once (OWASP ASVS 7.5.2). Only the user's own sessions, ever.
 */
export function createAccountSessionsService({ repository, audit }: Dependencies) {
  return {
    async list(ctx: RequestContext, currentToken: string): Promise<{ sessions: SessionSummary[] }> {
      const currentHash = sha256(currentToken)
      const rows = await repository.liveFor(ctx.user.id)
      await audit.record({ ...actorOf(ctx), action: 'account-sessions.viewed', details: { sessions: rows.length } })
      const sessions = rows.map(row => ({
        id: row.public_id,
        device: row.device ?? 'Unknown browser',
        startedAt: new Date(row.created_at).toISOString(),
        lastSeenAt: new Date(row.last_seen_at).toISOString(),
        current: row.id_hash === currentHash,
      }))
      // The session in use comes first.
      return { sessions: [...sessions.filter(s => s.current), ...sessions.filter(s => !s.current)] }
    },

    async end(ctx: RequestContext, currentToken: string, sessionId: string): Promise<void> {
      const currentHash = sha256(currentToken)
      const ended = await repository.endOne(ctx.user.id, sessionId, currentHash)
      if (!ended) {
        const current = (await repository.liveFor(ctx.user.id)).some(
          s => s.public_id === sessionId && s.id_hash === currentHash,
        )
        if (current) throw new Conflict(THIS_SESSION)
        throw new NotFound('That session has already ended')
      }
      await audit.record({ ...actorOf(ctx), action: 'account-sessions.ended', details: { sessionId } })
    },

    async endOthers(ctx: RequestContext, currentToken: string): Promise<{ ended: number }> {
      const ended = await repository.endOthers(ctx.user.id, sha256(currentToken))
      await audit.record({ ...actorOf(ctx), action: 'account-sessions.ended-others', details: { ended } })
      return { ended }
    },
  }
}

export type AccountSessionsService = ReturnType<typeof createAccountSessionsService>
