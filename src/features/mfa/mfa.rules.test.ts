import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { describe, it } from 'node:test'
import { generate } from 'otplib'
import {
  challengeLapsed,
  isReplay,
  kindOfCode,
  matchRecoveryCode,
  normaliseCode,
  recoveryCodesFrom,
  stepAfterPassword,
  stepAt,
} from './mfa.rules.ts'
import { createMfaSecrets } from './mfa.secrets.ts'
import { totp } from './mfa.totp.ts'

const NOW = 1_800_000_015 // 15 seconds into a step

describe('a TOTP code', () => {
  const secret = totp.newSecret()
  const codeAt = (epoch: number) => generate({ secret, epoch })

  it('is accepted in its own step and one step either side, and no further', async () => {
    const step = stepAt(NOW)
    assert.equal(await totp.check(secret, await codeAt(NOW), NOW, null), step)
    assert.equal(await totp.check(secret, await codeAt(NOW - 30), NOW, null), step - 1)
    assert.equal(await totp.check(secret, await codeAt(NOW + 30), NOW, null), step + 1)
    assert.equal(await totp.check(secret, await codeAt(NOW - 60), NOW, null), undefined)
    assert.equal(await totp.check(secret, await codeAt(NOW + 60), NOW, null), undefined)
  })

  it('is refused when replayed inside the window, and so is an earlier one', async () => {
    const step = (await totp.check(secret, await codeAt(NOW), NOW, null))!
    assert.equal(await totp.check(secret, await codeAt(NOW), NOW + 20, step), undefined)
    assert.equal(await totp.check(secret, await codeAt(NOW - 30), NOW, step), undefined)
    assert.equal(await totp.check(secret, await codeAt(NOW + 30), NOW + 30, step), step + 1)
    assert.equal(isReplay(step, step), true)
    assert.equal(isReplay(step, step - 1), true)
    assert.equal(isReplay(step, step + 1), false)
    assert.equal(isReplay(null, step), false)
  })

  it('is refused when it is not six digits, without throwing', async () => {
    for (const typed of ['12345', '1234567', 'abcdef', '', '12 34 56'])
      assert.equal(await totp.check(secret, typed, NOW, null), undefined)
  })

  it('is refused for another secret', async () => {
    assert.equal(await totp.check(totp.newSecret(), await codeAt(NOW), NOW, null), undefined)
  })
})

describe('recovery codes', () => {
  it('are ten codes of two groups of five unambiguous characters, all different', () => {
    const codes = recoveryCodesFrom(randomBytes(100))
    assert.equal(codes.length, 10)
    assert.equal(new Set(codes).size, 10)
    for (const code of codes) {
      assert.match(code, /^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/)
      assert.equal(kindOfCode(code), 'recovery')
    }
  })

  it('are read however they are typed: spaces, dashes and capitals do not matter', () => {
    assert.equal(normaliseCode(' ABCDE-fghij '), 'abcdefghij')
    assert.equal(kindOfCode('abcde fghij'), 'recovery')
    assert.equal(kindOfCode('123 456'), 'totp')
    assert.equal(kindOfCode('abc'), 'neither')
  })

  it('work once: a used code never matches again', () => {
    const stored = [
      { codeHash: 'a', usedAt: null },
      { codeHash: 'b', usedAt: new Date('2026-01-01T00:00:00Z') },
    ]
    assert.equal(matchRecoveryCode(stored, 'a'), stored[0])
    assert.equal(matchRecoveryCode(stored, 'b'), undefined)
    assert.equal(matchRecoveryCode(stored, 'c'), undefined)
  })
})

describe('after a right password', () => {
  it('asks for the code when set up, for set-up when the role requires it, and else for nothing', () => {
    assert.equal(stepAfterPassword({ role: 'com', hasMfa: true }, []), 'code')
    assert.equal(stepAfterPassword({ role: 'admin', hasMfa: true }, ['admin']), 'code')
    assert.equal(stepAfterPassword({ role: 'admin', hasMfa: false }, ['admin']), 'set-up')
    assert.equal(stepAfterPassword({ role: 'com', hasMfa: false }, ['admin']), 'none')
    assert.equal(stepAfterPassword({ role: 'admin', hasMfa: false }, []), 'none')
  })

  it('gives ten minutes to enter the code', () => {
    const started = new Date('2026-01-01T10:00:00Z')
    assert.equal(challengeLapsed(started, new Date('2026-01-01T10:09:59Z')), false)
    assert.equal(challengeLapsed(started, new Date('2026-01-01T10:10:01Z')), true)
  })
})

describe('the stored secrets', () => {
  const secrets = createMfaSecrets(randomBytes(32))

  it('are encrypted, differently each time, and decrypt only for the same account', () => {
    const one = secrets.encrypt('JBSWY3DPEHPK3PXPJBSWY3DP', 'user-1')
    const two = secrets.encrypt('JBSWY3DPEHPK3PXPJBSWY3DP', 'user-1')
    assert.notEqual(one, two)
    assert.doesNotMatch(one, /JBSWY3DP/)
    assert.equal(secrets.decrypt(one, 'user-1'), 'JBSWY3DPEHPK3PXPJBSWY3DP')
    assert.throws(() => secrets.decrypt(one, 'user-2'))
    assert.throws(() => createMfaSecrets(randomBytes(32)).decrypt(one, 'user-1'))
  })

  it('keep recovery codes as a keyed hash bound to the account', () => {
    assert.equal(secrets.hashCode('abcdefghij', 'u'), secrets.hashCode('abcdefghij', 'u'))
    assert.notEqual(secrets.hashCode('abcdefghij', 'u'), secrets.hashCode('abcdefghij', 'v'))
    assert.doesNotMatch(secrets.hashCode('abcdefghij', 'u'), /abcdefghij/)
  })
})
