import { generateSecret, generateURI, verify } from 'otplib'
import { TOTP_TOLERANCE_SECONDS } from './mfa.rules.ts'

/** The TOTP algorithm itself, from otplib: SHA-1, 6 digits, 30 seconds, as every authenticator app expects. */
export const totp = {
  newSecret: (): string => generateSecret({ length: 20 }),

  uri: (secret: string, username: string): string => generateURI({ issuer: 'Resettle', label: username, secret }),

  /**
   * The time step the code belongs to, if it is right within one step either side of `epochSeconds` and later than
   * `afterStep` (so that a code is never accepted twice); otherwise undefined.
   */
  async check(secret: string, code: string, epochSeconds: number, afterStep: number | null) {
    if (!/^\d{6}$/.test(code)) return undefined
    const result = await verify({
      secret,
      token: code,
      epoch: epochSeconds,
      epochTolerance: TOTP_TOLERANCE_SECONDS,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    })
    // The TOTP strategy's answer names the step matched; the union type also covers HOTP's, which does not.
    return result.valid && 'timeStep' in result ? result.timeStep : undefined
  },
}
