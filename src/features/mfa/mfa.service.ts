import { randomBytes } from 'node:crypto'
import QRCode from 'qrcode'
import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { newToken, sha256 } from '../../platform/auth/tokens.ts'
import type { Role } from '../../platform/db/schema.ts'
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import type { MfaAuditAction } from './mfa.audit.ts'
import type { MfaRepository } from './mfa.repository.ts'
import {
  challengeLapsed,
  kindOfCode,
  matchRecoveryCode,
  normaliseCode,
  recoveryCodesFrom,
  RECOVERY_CODE_COUNT,
  stepAfterPassword,
  type SecondFactorStep,
} from './mfa.rules.ts'
import type { MfaSecrets } from './mfa.secrets.ts'
import { totp } from './mfa.totp.ts'

interface Dependencies {
  repository: MfaRepository
  secrets: MfaSecrets
  audit: AuditLog<MfaAuditAction>
  requiredRoles: readonly Role[]
  now?: () => Date
}

interface Account {
  id: string
  username: string
}

export const WRONG_CODE = 'Enter the 6-digit code from your authenticator app, or one of your recovery codes'
const WRONG_SET_UP_CODE = 'Enter the 6-digit code your authenticator app shows now'

/** A second factor for local staff accounts: set-up, the code at sign-in, recovery codes, and reset by an admin. */
export function createMfaService({ repository, secrets, audit, requiredRoles, now = () => new Date() }: Dependencies) {
  const epoch = () => Math.floor(now().getTime() / 1000)

  /** The secret, or undefined where it cannot be read (MFA_ENCRYPTION_KEY changed): then no code matches it. */
  function readSecret(stored: string, userId: string): string | undefined {
    try {
      return secrets.decrypt(stored, userId)
    } catch {
      return undefined
    }
  }

  async function hasMfa(userId: string) {
    return Boolean((await repository.credential(userId))?.confirmed_at)
  }

  /** New recovery codes for a user, replacing any left: shown once, kept only as HMACs. */
  function newRecoveryCodes(userId: string) {
    const codes = recoveryCodesFrom(randomBytes(RECOVERY_CODE_COUNT * 10))
    return { codes, hashes: codes.map(code => secrets.hashCode(normaliseCode(code), userId)) }
  }

  const service = {
    requiredRoles,

    /** What a user must do after a right password. */
    async stepFor(user: { id: string; role: Role }): Promise<SecondFactorStep> {
      return stepAfterPassword({ role: user.role, hasMfa: await hasMfa(user.id) }, requiredRoles)
    },

    /** Starts a sign-in that waits for its second factor; the token rides in a cookie of its own. */
    async startChallenge(userId: string): Promise<string> {
      const token = newToken()
      await repository.startChallenge(sha256(token), userId)
      return token
    },

    /** The user a waiting sign-in is for, while it has not lapsed and the account is still active. */
    async challenge(token: string | undefined) {
      if (!token) return undefined
      const row = await repository.challenge(sha256(token))
      if (!row || !row.active || challengeLapsed(row.created_at, now())) return undefined
      const step = await service.stepFor({ id: row.user_id, role: row.role })
      return { userId: row.user_id, username: row.username, role: row.role, step }
    },

    endChallenge: (token: string) => repository.endChallenge(sha256(token)),

    /**
     * Checks a code at sign-in: a TOTP code of this step or the next or last, never one already used, or an unused
     * recovery code, which is then spent. Returns which it was, or undefined when it is neither.
     */
    async verify(account: Account, typed: string): Promise<'totp' | 'recovery' | undefined> {
      const credential = await repository.credential(account.id)
      if (!credential?.confirmed_at) return undefined
      const code = normaliseCode(typed)
      const kind = kindOfCode(code)
      if (kind === 'totp') {
        const secret = readSecret(credential.secret_encrypted, account.id)
        const step = secret ? await totp.check(secret, code, epoch(), credential.last_step) : undefined
        if (step !== undefined && (await repository.takeStep(account.id, step, false))) return 'totp'
      }
      if (kind === 'recovery') {
        const hash = secrets.hashCode(code, account.id)
        const match = matchRecoveryCode(await repository.recoveryCodes(account.id), hash)
        if (match && (await repository.useRecoveryCode(account.id, hash))) {
          await audit.record({ action: 'mfa.recovery-code-used', actorId: account.id, actorUsername: account.username })
          return 'recovery'
        }
      }
      return undefined
    },

    /**
     * The authenticator to add: a new secret, or the one already waiting for its first code (so that reloading the
     * page does not change what was scanned). As a QR code (SVG) and as text to type.
     */
    async beginSetUp(account: Account, correlationId?: string) {
      const credential = await repository.credential(account.id)
      if (credential?.confirmed_at) throw new Conflict('Multi-factor authentication is already set up')
      let secret = credential && readSecret(credential.secret_encrypted, account.id)
      if (!secret) {
        secret = totp.newSecret()
        await repository.savePending(account.id, secrets.encrypt(secret, account.id))
        await audit.record({
          action: 'mfa.set-up-started',
          actorId: account.id,
          actorUsername: account.username,
          correlationId,
        })
      }
      const otpauthUri = totp.uri(secret, account.username)
      const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 2 })
      return { qrSvg, otpauthUri, secret: secret.replace(/(.{4})/g, '$1 ').trim() }
    },

    /** The first code proves the app holds the secret: set-up ends, and the recovery codes are made, to show once. */
    async confirmSetUp(account: Account, typed: string, correlationId?: string): Promise<string[]> {
      const credential = await repository.credential(account.id)
      if (credential?.confirmed_at) throw new Conflict('Multi-factor authentication is already set up')
      const code = normaliseCode(typed)
      const secret = credential && readSecret(credential.secret_encrypted, account.id)
      const step = secret ? await totp.check(secret, code, epoch(), null) : undefined
      const { codes, hashes } = newRecoveryCodes(account.id)
      const done =
        step !== undefined &&
        (await repository.transaction(async tx => {
          if (!(await repository.takeStep(account.id, step, true, tx))) return false
          await repository.replaceRecoveryCodes(account.id, hashes, tx)
          return true
        }))
      const actor = { actorId: account.id, actorUsername: account.username, correlationId }
      if (!done) {
        await audit.record({ action: 'mfa.set-up-failed', ...actor, outcome: 'failure' })
        throw ValidationFailed.of('code', WRONG_SET_UP_CODE)
      }
      await audit.record({ action: 'mfa.set-up', ...actor })
      return codes
    },

    /** Whether the signed-in user has a second factor, for their account page. */
    async status(ctx: RequestContext) {
      const credential = await repository.credential(ctx.user.id)
      const left = credential?.confirmed_at
        ? (await repository.recoveryCodes(ctx.user.id)).filter(code => code.usedAt === null).length
        : 0
      return {
        enabled: Boolean(credential?.confirmed_at),
        required: requiredRoles.includes(ctx.user.role),
        recoveryCodesLeft: left,
      }
    },

    /** Which of these users have a second factor (for the staff list). */
    enabledFor: (userIds: readonly string[]) => repository.usersWithMfa(userIds),

    /**
     * Removes a user's second factor, so that they set it up again (a lost phone). Only the staff administration
     * calls this, after its own check that the actor is an admin; it ends their waiting sign-ins too.
     */
    async reset(ctx: RequestContext, userId: string) {
      if (ctx.user.role !== 'admin') throw new NotFound()
      const had = await hasMfa(userId)
      await repository.transaction(async tx => {
        await repository.remove(userId, tx)
        await audit.record({ ...actorOf(ctx), action: 'mfa.reset', details: { userId, hadMfa: had } }, tx)
      })
      return { hadMfa: had }
    },
  }
  return service
}

export type MfaService = ReturnType<typeof createMfaService>
