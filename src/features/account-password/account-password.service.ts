import type { AuditLog } from '../../platform/audit/audit-log.ts'
import { actorOf } from '../../platform/audit/actor.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { SignInSource } from '../../platform/auth/sign-in-source.ts'
import { sha256 } from '../../platform/auth/tokens.ts'
import type { AuthService } from '../auth/index.ts'
import type { AccountPasswordAuditAction } from './account-password.audit.ts'
import type { AccountPasswordRepository } from './account-password.repository.ts'
import type { ChangePassword } from './account-password.schemas.ts'

interface Dependencies {
  repository: AccountPasswordRepository
  auth: AuthService
  audit: AuditLog<AccountPasswordAuditAction>
}

/**
 * A signed-in user changes their own password (OWASP ASVS 5.0 6.2.2, 6.2.3): the current one is checked as a sign-in
 * attempt of the username (the same lock and delay, so the page cannot be used to guess it), the new one is hashed
 * like any other, and every other session of the user ends; the one in use stays signed in.
 */
export function createAccountPasswordService({ repository, auth, audit }: Dependencies) {
  return {
    async change(
      ctx: RequestContext,
      currentToken: string,
      input: ChangePassword,
      from: SignInSource = {},
    ): Promise<{ endedSessions: number }> {
      await auth.confirmPassword(ctx.user, input.currentPassword, ctx.correlationId, from)
      const hash = await auth.hashNewPassword(input.newPassword)
      const endedSessions = await repository.change(ctx.user.id, hash, sha256(currentToken))
      await audit.record({ ...actorOf(ctx), action: 'password.changed', details: { endedSessions } })
      return { endedSessions }
    },
  }
}

export type AccountPasswordService = ReturnType<typeof createAccountPasswordService>
