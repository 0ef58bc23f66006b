import { setTimeout as sleep } from 'node:timers/promises'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import { decoyHash, verifyPassword } from '../../platform/auth/password.ts'
import type { SessionStore } from '../../platform/auth/session-store.ts'
import { TooManyRequests, ValidationFailed } from '../../platform/errors/errors.ts'
import type { AuthRepository } from './auth.repository.ts'
import type { AuthAuditAction } from './auth.audit.ts'
import type { SignIn } from './auth.schemas.ts'
import { LOCK_MINUTES, afterFailure, failureDelayMs, isLocked } from './sign-in.rules.ts'

interface Dependencies {
  repository: AuthRepository
  sessions: SessionStore
  audit: AuditLog<AuthAuditAction>
  now?: () => Date
  /** Tests pass a shorter pause; the rule's delay still applies in proportion. */
  delayScale?: number
}

const WRONG = 'Enter a correct username and password'

export function createAuthService({
  repository,
  sessions,
  audit,
  now = () => new Date(),
  delayScale = 1,
}: Dependencies) {
  return {
    /**
     * Checks the password and starts a brand-new session; returns its token. A session the browser
     * already held is ended, so that signing in again never leaves two live sessions behind.
     */
    async signIn(
      { username, password }: SignIn,
      correlationId: string,
      previousToken?: string,
    ): Promise<{ token: string; userId: string }> {
      const at = now()
      // The attempt counts as a failure before the password is checked, so that attempts sent all at
      // once cannot slip past the lock; a success then clears the count.
      const before = await repository.countAttempt(username, state => afterFailure(state, at))
      if (isLocked(before, at)) {
        await audit.record({ action: 'sign-in.locked', actorUsername: username, correlationId, outcome: 'denied' })
        throw new TooManyRequests(`Too many failed attempts. Wait ${LOCK_MINUTES} minutes, then try again.`)
      }
      const user = await repository.userByUsername(username)
      const matches = await verifyPassword(password, user?.password_hash ?? (await decoyHash()))
      if (!user || !user.active || !matches) {
        await sleep(failureDelayMs(before.failures) * delayScale)
        await audit.record({ action: 'sign-in.failed', actorUsername: username, correlationId, outcome: 'failure' })
        throw new ValidationFailed([{ field: 'username', message: WRONG }])
      }
      await repository.clearThrottle(username)
      await sessions.removeExpired()
      if (previousToken) await sessions.end(previousToken)
      const token = await sessions.start(user.id)
      await audit.record({ action: 'sign-in.succeeded', actorId: user.id, actorUsername: user.username, correlationId })
      return { token, userId: user.id }
    },

    async signOut(token: string, actor: { id: string; username: string }, correlationId: string) {
      await sessions.end(token)
      await audit.record({ action: 'sign-out', actorId: actor.id, actorUsername: actor.username, correlationId })
    },
  }
}

export type AuthService = ReturnType<typeof createAuthService>
