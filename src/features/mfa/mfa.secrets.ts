import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

const IV_BYTES = 12

/**
 * TOTP secrets encrypted with AES-256-GCM under MFA_ENCRYPTION_KEY, and recovery codes kept as an HMAC under a key
 * derived from it: a copy of the database alone gives neither. Stored as `v1.iv.tag.ciphertext` (base64url).
 */
export function createMfaSecrets(key: Buffer) {
  if (key.length !== 32) throw new Error('MFA_ENCRYPTION_KEY must be 32 bytes')
  const encryptionKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'resettle mfa secret', 32))
  const codeKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'resettle mfa recovery code', 32))
  return {
    encrypt(secret: string, userId: string): string {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv)
      // The user's id is authenticated with it: a secret copied onto another account does not decrypt.
      cipher.setAAD(Buffer.from(userId))
      const text = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
      return ['v1', iv, cipher.getAuthTag(), text]
        .map(part => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.')
    },

    decrypt(stored: string, userId: string): string {
      const [version, iv, tag, text] = stored.split('.')
      if (version !== 'v1' || !iv || !tag || !text) throw new Error('An MFA secret is not in the stored form')
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'))
      decipher.setAAD(Buffer.from(userId))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(text, 'base64url')), decipher.final()]).toString('utf8')
    },

    /** The stored form of a recovery code (already normalised). */
    hashCode(code: string, userId: string): string {
      return createHmac('sha256', codeKey).update(`${userId}|${code}`).digest('base64url')
    },
  }
}

export type MfaSecrets = ReturnType<typeof createMfaSecrets>
