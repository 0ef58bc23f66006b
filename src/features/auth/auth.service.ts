import { setTimeout as sleep } from 'node:timers/promises'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import { decoyHash, hashPassword, verifyPassword } from '../../platform/auth/password.ts'
import type { SessionStore } from '../../platform/auth/session-store.ts'
import type { SignInSource } from '../../platform/auth/sign-in-source.ts'
import { Forbidden, TooManyRequests, Unauthenticated, ValidationFailed } from '../../platform/errors/errors.ts'
import { WRONG_CODE, type MfaService } from '../mfa/index.ts'
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
  /** The second factor of local accounts that have one (or whose role must). */
  mfa: MfaService
  now?: () => Date
  /** Tests pass a shorter pause; the rule's delay still applies in proportion. */
  delayScale?: number
  /** Bounds how many password checks run at once (sign-in-limits.ts). */
  hashGate?: HashGate
  unknownNames?: UnknownNameThrottle
}

const WRONG = 'Enter a correct username and password'
export const WRONG_CURRENT_PASSWORD = 'Your current password is not right: enter the password you signed in with'
const SET_UP_ON_THE_WEB =
  'Your account must have multi-factor authentication: sign in on the web once to set it up, then send code'

type Started = { token: string; userId: string }
/** The password was right; the sign-in waits for the second factor (`challenge` is the token of its cookie). */
type Pending = { challenge: string; step: 'code' | 'set-up' }

export function createAuthService({
  repository,
  sessions,
  audit,
  mfa,
  now = () => new Date(),
  delayScale = 1,
  hashGate = createHashGate(),
  unknownNames = createUnknownNameThrottle(),
}: Dependencies) {
  const locked = async (username: string, correlationId: string, from: SignInSource, lockedUntil?: Date | null) => {
    await audit.record({
      action: 'sign-in.locked',
      actorUsername: username,
      correlationId,
      clientCorrelationId: from.clientCorrelationId,
      outcome: 'denied',
    })
    const seconds = lockedUntil ? Math.ceil((lockedUntil.getTime() - now().getTime()) / 1000) : undefined
    return new TooManyRequests(`Too many failed attempts. Wait ${LOCK_MINUTES} minutes, then try again.`, seconds)
  }

  /** The attempt is cleared and a brand-new session started, ending the one the browser held. */
  async function start(
    user: { id: string; username: string },
    correlationId: string,
    previousToken: string | undefined,
    from: SignInSource,
    secondFactor?: string,
  ): Promise<Started> {
    await repository.clearThrottle(user.username)
    await repository.uncountSourceAttempt(sourceKey(from.address))
    await repository.removeLapsedSourceWindows()
    await sessions.removeExpired()
    if (previousToken) await sessions.end(previousToken)
    const token = await sessions.start(user.id, from.userAgent)
    await audit.record({
      action: 'sign-in.succeeded',
      actorId: user.id,
      actorUsername: user.username,
      correlationId,
      clientCorrelationId: from.clientCorrelationId,
      ...(secondFactor ? { details: { secondFactor } } : {}),
    })
    return { token, userId: user.id }
  }

  /**
   * A wrong code counts as a failed sign-in of the username (and so locks it like wrong passwords), and the count is
   * cleared only when the code is right: a known password does not buy unlimited guesses at the code.
   */
  async function refuseCode(
    username: string,
    failuresBefore: number,
    correlationId: string,
    from: SignInSource,
  ): Promise<never> {
    await sleep(failureDelayMs(failuresBefore) * delayScale)
    await audit.record({
      action: 'sign-in.failed',
      actorUsername: username,
      correlationId,
      clientCorrelationId: from.clientCorrelationId,
      outcome: 'failure',
      details: { secondFactor: true },
    })
    throw ValidationFailed.of('code', WRONG_CODE)
  }

  return {
    /**
     * Checks the password and starts a brand-new session; returns its token. A session the browser
     * already held is ended, so that signing in again never leaves two live sessions behind.
     * Where the account has a second factor (or its role must), the page's sign-in waits for it (`Pending`);
     * an API sign-in (`api`) must send the code with the password.
     */
    async signIn(
      { username, password, code }: SignIn,
      correlationId: string,
      previousToken?: string,
      { api = false, ...from }: SignInSource & { api?: boolean } = {},
    ): Promise<Started | Pending> {
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
      if (isLocked(before, at)) throw await locked(username, correlationId, from, before.lockedUntil)
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
      const step = await mfa.stepFor(user)
      if (step === 'none') return start(user, correlationId, previousToken, from)
      if (!api) return { challenge: await mfa.startChallenge(user.id), step }
      if (step === 'set-up') {
        await audit.record({
          action: 'sign-in.failed',
          actorUsername: user.username,
          correlationId,
          clientCorrelationId,
          outcome: 'denied',
          details: { secondFactor: 'not set up' },
        })
        throw new Forbidden(SET_UP_ON_THE_WEB)
      }
      // The attempt counted above stays counted until the code is right.
      const method = code ? await mfa.verify(user, code) : undefined
      if (!method) return refuseCode(user.username, before.failures, correlationId, from)
      return start(user, correlationId, previousToken, from, method)
    },

    /**
     * The second step of a page's sign-in: the code (or, where the role must have a second factor and has none yet,
     * the first code of the app just set up, which answers the recovery codes to show once). Every try counts.
     */
    async signInWithCode(
      challenge: string,
      code: string,
      correlationId: string,
      previousToken?: string,
      from: SignInSource = {},
    ): Promise<Started & { recoveryCodes?: string[] }> {
      const pending = await mfa.challenge(challenge)
      if (!pending) throw new Unauthenticated('Your sign-in has expired: enter your username and password again')
      const account = { id: pending.userId, username: pending.username }
      const at = now()
      const before = await repository.countAttempt(account.username, state => afterFailure(state, at))
      if (isLocked(before, at)) {
        await mfa.endChallenge(challenge)
        throw await locked(account.username, correlationId, from, before.lockedUntil)
      }
      if (pending.step === 'set-up') {
        const recoveryCodes = await mfa.confirmSetUp(account, code, correlationId).catch(async (error: unknown) => {
          if (error instanceof ValidationFailed) await sleep(failureDelayMs(before.failures) * delayScale)
          throw error
        })
        await mfa.endChallenge(challenge)
        return { ...(await start(account, correlationId, previousToken, from, 'set-up')), recoveryCodes }
      }
      const method = await mfa.verify(account, code)
      if (!method) return refuseCode(account.username, before.failures, correlationId, from)
      await mfa.endChallenge(challenge)
      return start(account, correlationId, previousToken, from, method)
    },

    /**
     * The signed-in user's password, checked again before it may be changed (ASVS 6.2.3). It counts as a sign-in
     * attempt of the username, under the same lock, delay and bound on password checks as signing in, so that the
     * page cannot be used to guess it; a wrong one is audited as a failed sign-in and refused on `field`.
     */
    async confirmPassword(
      user: { id: string; username: string },
      password: string,
      correlationId: string,
      from: SignInSource = {},
      field = 'currentPassword',
    ): Promise<void> {
      const at = now()
      const { before, matches } = await hashGate.run(async () => {
        const state = await repository.countAttempt(user.username, s => afterFailure(s, at))
        if (isLocked(state, at)) return { before: state, matches: false }
        const found = await repository.userByUsername(user.username)
        const hash = found?.id === user.id && found.active ? found.password_hash : await decoyHash()
        return { before: state, matches: await verifyPassword(password, hash) }
      })
      if (isLocked(before, at)) throw await locked(user.username, correlationId, from, before.lockedUntil)
      if (!matches) {
        await sleep(failureDelayMs(before.failures) * delayScale)
        await audit.record({
          action: 'sign-in.failed',
          actorId: user.id,
          actorUsername: user.username,
          correlationId,
          clientCorrelationId: from.clientCorrelationId,
          outcome: 'failure',
          details: { check: 'current password' },
        })
        throw new ValidationFailed([{ field, message: WRONG_CURRENT_PASSWORD }])
      }
      await repository.clearThrottle(user.username)
    },

    /** A new password's hash, made under the same bound on password checks as signing in (about 128 MiB each). */
    hashNewPassword(password: string): Promise<string> {
      return hashGate.run(() => hashPassword(password))
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
