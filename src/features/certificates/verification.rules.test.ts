import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { newVerificationId, normaliseCode, readCode, verificationCode } from './verification.rules.ts'

const SECRET = 'a-test-secret-that-is-long-enough-for-hmac'
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

describe('verification codes', () => {
  it('reads back the id of a code it made, however it is typed', () => {
    const id = newVerificationId()
    const code = verificationCode(id, SECRET)
    assert.match(code, /^RC(-[0-9A-Z]{4}){6}$/)
    assert.deepEqual(readCode(code, SECRET), { ok: true, id })
    assert.deepEqual(readCode(code.toLowerCase().replace(/-/g, ' '), SECRET), { ok: true, id })
  })

  it('reads O as 0 and I or L as 1, as Crockford’s base32 does', () => {
    assert.equal(normaliseCode('rc-o1il'), 'RC0111')
  })

  it('refuses a code signed with another secret', () => {
    const code = verificationCode(newVerificationId(), 'another-secret-entirely-not-ours')
    assert.deepEqual(readCode(code, SECRET), { ok: false, problem: 'signature' })
  })

  it('refuses codes of another shape as a format problem', () => {
    for (const code of [
      '',
      'RC',
      'RC-1234',
      'XX-' + 'A'.repeat(24),
      'RC-' + 'U'.repeat(24),
      'RC' + 'A'.repeat(25),
      'x'.repeat(500),
    ]) {
      assert.deepEqual(readCode(code, SECRET), { ok: false, problem: 'format' }, code)
    }
  })

  it('refuses every code whose id or signature differs in a single character', () => {
    const id = newVerificationId()
    const plain = normaliseCode(verificationCode(id, SECRET)).slice(2)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.constantFrom(...ALPHABET), (at, char) => {
        fc.pre(plain[at] !== char)
        const forged = `RC${plain.slice(0, at)}${char}${plain.slice(at + 1)}`
        assert.deepEqual(readCode(forged, SECRET), { ok: false, problem: 'signature' })
      }),
    )
  })

  it('never accepts a random code of the right shape', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 24, maxLength: 24 }), chars => {
        assert.equal(readCode(`RC${chars.join('')}`, SECRET).ok, false)
      }),
    )
  })

  it('makes ids of 12 characters of the alphabet, different each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newVerificationId))
    assert.equal(ids.size, 1000)
    for (const id of ids) assert.match(id, /^[0-9A-HJKMNP-TV-Z]{12}$/)
  })
})
