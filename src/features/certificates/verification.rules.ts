/**
 * Verification codes: `RC-` and 24 characters in Crockford's base32, shown in groups of four. The first twelve are
 * a random id (60 bits) that names the certificate; the last twelve are the first 60 bits of an HMAC-SHA256 of the
 * id under the server's secret. A code of another shape, or one whose signature does not match, is refused here,
 * before anything is looked up, so that guessing ids teaches nothing.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const PART = 12
const SHAPE = new RegExp(`^RC[${ALPHABET}]{${PART * 2}}$`)

export type ReadCode = { ok: true; id: string } | { ok: false; problem: 'format' | 'signature' }

/** A new random id for a certificate being issued. */
export function newVerificationId(): string {
  return Array.from({ length: PART }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

function base32(bytes: Uint8Array, length: number): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return out
}

function signatureOf(id: string, secret: string): string {
  return base32(createHmac('sha256', secret).update(`certificate|${id}`).digest(), PART)
}

/** The code printed on the certificate for its id. */
export function verificationCode(id: string, secret: string): string {
  const plain = `${id}${signatureOf(id, secret)}`
  return `RC-${plain.match(/.{4}/g)!.join('-')}`
}

/** As typed by someone: any case, spaces and hyphens ignored, O read as 0 and I or L as 1 (Crockford). */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

/** The certificate id a code names, if the code is of the right shape and signed with this secret. */
export function readCode(input: string, secret: string): ReadCode {
  if (input.length > 80) return { ok: false, problem: 'format' }
  const code = normaliseCode(input)
  if (!SHAPE.test(code)) return { ok: false, problem: 'format' }
  const id = code.slice(2, 2 + PART)
  const given = Buffer.from(code.slice(2 + PART))
  const expected = Buffer.from(signatureOf(id, secret))
  return timingSafeEqual(given, expected) ? { ok: true, id } : { ok: false, problem: 'signature' }
}
