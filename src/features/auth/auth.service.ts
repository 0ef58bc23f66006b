import { setTimeout as sleep } from 'node:timers/promises'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import { decoyHash, verifyPassword } from '../../platform/auth/password.ts'
import type { SessionStore } from '../../platform/auth/session-store.ts'
import { TooManyRequests, ValidationFailed } from '../../platform/errors/errors.ts'
import type { AuthRepository } from './auth.repository.ts'
import type { AuthAuditAction } from './auth.audit.ts'
import type { SignIn } from './auth.schemas.ts'
import { createHashGate, createUnknownNameThrottle, type HashGate, type UnknownNameThrottle } from './sign-in-limits.ts'
import { SOURCE_WINDOW_MINUTES, sourceKey, sourceRetryAfterSeconds } from './sign-in-limits.rules.ts'
import { LOCK_MINUTES, afterFailure, failureDelayMs, isLocked, type ThrottleState } from './sign-in.rules.ts'

interface Dependencies {
  repository: AuthRepository
  sessions: SessionStore
  audit: AuditLog<AuthAuditAction>
  now?: () => Date
  /** Tests pass a shorter pause; the rule's delay still applies in proportion. */
  delayScale?: number
  /** Bounds how many password checks run at once (sign-in-limits.ts). */
  hashGate?: HashGate
  unknownNames?: UnknownNameThrottle
}

/** Where a sign-in comes from: the client's address (as `trust proxy` gives it), its browser and its own request id. */
export interface SignInSource {
  address?: string
  userAgent?: string
  clientCorrelationId?: string
}

const WRONG = 'Enter a correct username and password'

/** The source of a request: `req.ip` follows the app's `trust proxy` setting, so a proxy's client is counted. */
export function signInSource(req: {
  ip?: string | undefined
  clientCorrelationId?: string | undefined
  get(name: string): string | undefined
}): SignInSource {
  return { address: req.ip, userAgent: req.get('user-agent'), clientCorrelationId: req.clientCorrelationId }
}

export function createAuthService({
  repository,
  sessions,
  audit,
  now = () => new Date(),
  delayScale = 1,
  hashGate = createHashGate(),
  unknownNames = createUnknownNameThrottle(),
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
      from: SignInSource = {},
    ): Promise<{ token: string; userId: string }> {
      const at = now()
      const { clientCorrelationId } = from
      // Every attempt counts against its source before anything else, so that a spray across usernames is stopped.
      const source = sourceKey(from.address)
      const retryAfter = sourceRetryAfterSeconds(await repository.countSourceAttempt(source), at)
      if (retryAfter > 0) {
        await audit.record({
          action: 'sign-in.locked',
          actorUsername: username,
          correlationId,
          clientCorrelationId,
          outcome: 'denied',
          details: { limit: 'source' },
        })
        throw new TooManyRequests(
          `Too many failed attempts from your network. Wait ${SOURCE_WINDOW_MINUTES} minutes, then try again.`,
          retryAfter,
        )
      }
      // At most a few password checks run at once; beyond the queue the attempt is refused before it counts, so
      // that a real user caught in a spray is not locked out by it.
      const { user, before, matches } = await hashGate.run(async () => {
        // The attempt counts as a failure before the password is checked, so that attempts sent all at once
        // cannot slip past the lock; a success then clears the count. Unknown usernames are counted in memory,
        // so that made-up names leave no row behind.
        const found = await repository.userByUsername(username)
        const count = (state: ThrottleState) => afterFailure(state, at)
        const state = found
          ? await repository.countAttempt(username, count)
          : unknownNames.countAttempt(username, count)
        if (isLocked(state, at)) return { user: found, before: state, matches: false }
        const hash = found?.password_hash ?? (await decoyHash())
        return { user: found, before: state, matches: await verifyPassword(password, hash) }
      })
      if (isLocked(before, at)) {
        await audit.record({
          action: 'sign-in.locked',
          actorUsername: username,
          correlationId,
          clientCorrelationId,
          outcome: 'denied',
        })
        const seconds = Math.ceil((before.lockedUntil!.getTime() - at.getTime()) / 1000)
        throw new TooManyRequests(`Too many failed attempts. Wait ${LOCK_MINUTES} minutes, then try again.`, seconds)
      }
      if (!user || !user.active || !matches) {
        await sleep(failureDelayMs(before.failures) * delayScale)
        await audit.record({
          action: 'sign-in.failed',
          actorUsername: username,
          correlationId,
          clientCorrelationId,
          outcome: 'failure',
        })
        throw new ValidationFailed([{ field: 'username', message: WRONG }])
      }
      await repository.clearThrottle(username)
      await repository.uncountSourceAttempt(source)
      await repository.removeLapsedSourceWindows()
      await sessions.removeExpired()
      if (previousToken) await sessions.end(previousToken)
      const token = await sessions.start(user.id, from.userAgent)
      await audit.record({
        action: 'sign-in.succeeded',
        actorId: user.id,
        actorUsername: user.username,
        correlationId,
        clientCorrelationId,
      })
      return { token, userId: user.id }
    },

    async signOut(
      token: string,
      actor: { id: string; username: string },
      correlationId: string,
      clientCorrelationId?: string,
    ) {
      await sessions.end(token)
      await audit.record({
        action: 'sign-out',
        actorId: actor.id,
        actorUsername: actor.username,
        correlationId,
        clientCorrelationId,
      })
    },
  }
}

export type AuthService = ReturnType<typeof createAuthService>
