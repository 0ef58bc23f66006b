/**
 * The rules of the second factor (OWASP ASVS 6.6): a TOTP code is good for its 30-second step and one step either
 * side (clocks drift), each step's code is accepted once, and a recovery code works once. No I/O here: the time,
 * the random bytes and the stored state are arguments.
 */

/** One step of 30 seconds either side of now. */
export const TOTP_PERIOD_SECONDS = 30
export const TOTP_TOLERANCE_SECONDS = 30
export const RECOVERY_CODE_COUNT = 10
/** A sign-in waiting for its code lapses after this long: the password must be given again. */
export const CHALLENGE_MINUTES = 10

export type SecondFactorStep = 'none' | 'code' | 'set-up'
/** A role's name, as the rules compare it. */
type Role = string

/** After a right password: nothing more, the code, or set-up first when the role requires a second factor. */
export function stepAfterPassword(user: { role: Role; hasMfa: boolean }, requiredRoles: readonly Role[]) {
  if (user.hasMfa) return 'code' satisfies SecondFactorStep
  return requiredRoles.includes(user.role) ? ('set-up' satisfies SecondFactorStep) : ('none' satisfies SecondFactorStep)
}

/** A code of a step at or before the last one accepted is a replay, even inside the window. */
export function isReplay(lastStep: number | null, step: number): boolean {
  return lastStep !== null && step <= lastStep
}

/** The time step a moment falls in. */
export function stepAt(epochSeconds: number): number {
  return Math.floor(epochSeconds / TOTP_PERIOD_SECONDS)
}

export type CodeKind = 'totp' | 'recovery' | 'neither'

const TOTP = /^\d{6}$/
const RECOVERY = /^[a-z2-9]{10}$/
// Without 0, 1, l and o, which people misread.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** What was typed: spaces and dashes are ignored, letters in either case. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toLowerCase()
}

export function kindOfCode(typed: string): CodeKind {
  const code = normaliseCode(typed)
  if (TOTP.test(code)) return 'totp'
  return RECOVERY.test(code) ? 'recovery' : 'neither'
}

/** Ten codes of ten characters (50 bits each), shown as two groups of five, from random bytes given. */
export function recoveryCodesFrom(bytes: Uint8Array): string[] {
  if (bytes.length < RECOVERY_CODE_COUNT * 10) throw new Error('recoveryCodesFrom needs 100 random bytes')
  return Array.from({ length: RECOVERY_CODE_COUNT }, (_, i) => {
    const chars = Array.from(bytes.subarray(i * 10, i * 10 + 10), byte => ALPHABET[byte % ALPHABET.length])
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
  })
}

export interface StoredRecoveryCode {
  codeHash: string
  usedAt: Date | null
}

/** The unused stored code with this hash, if any: a used one never matches again. */
export function matchRecoveryCode(stored: readonly StoredRecoveryCode[], hash: string): StoredRecoveryCode | undefined {
  return stored.find(code => code.usedAt === null && code.codeHash === hash)
}

export function challengeLapsed(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > CHALLENGE_MINUTES * 60_000
}
