import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { PASSWORD } from '../../../test/support/fixture.ts'
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_MESSAGES as M,
  isRepeated,
  isSequence,
  passwordLength,
  passwordProblem,
} from './password.rules.ts'

describe('password rules', () => {
  it('refuses the passwords the hostile probe found accepted, each with what to fix', () => {
    assert.equal(passwordProblem('aaaaaaaaaaaa'), M.repeated)
    assert.equal(passwordProblem('password1234'), M.common)
    assert.equal(passwordProblem(' '.repeat(12)), M.onlySpaces)
  })

  it('counts characters, not bytes: 11 is too few and 12 is enough, whatever the script', () => {
    for (const [unit, name] of [
      ['k', 'Latin'],
      ['ŵ', 'Welsh'],
      ['ж', 'Cyrillic'],
      ['🐉', 'emoji outside the basic plane'],
    ]) {
      assert.equal(passwordLength(unit!.repeat(12)), 12, name)
    }
    assert.equal(passwordProblem('Ŵyn-mân-11ch'.slice(0, 11)), M.tooShort)
    assert.equal(passwordProblem('🐉 Ŵyn mân! 🦉'), undefined, 'twelve characters with spaces and emoji')
    for (let length = 0; length < MIN_PASSWORD_LENGTH; length++) {
      assert.equal(passwordProblem('Zq8!vR2@mK5#pL9$'.slice(0, length)), M.tooShort, `${length} characters`)
    }
    assert.equal(passwordProblem('x9'.repeat(MAX_PASSWORD_LENGTH)), M.tooLong)
  })

  it('refuses a password of only spaces or other blank characters, but allows spaces within one', () => {
    for (const blank of [' ', '\t', '\u00a0', '\u3000']) assert.equal(passwordProblem(blank.repeat(14)), M.onlySpaces)
    assert.equal(passwordProblem('  tiger lamp orbit  '), undefined)
  })

  it('refuses one character or a short group repeated, of every size that divides the length', () => {
    for (const unit of ['a', 'Z', '1', '.', 'ab', 'abc', 'xyz1', 'pass', 'a1b2c3']) {
      const repeated = unit.repeat(Math.ceil(24 / unit.length)).slice(0, 24)
      assert.ok(isRepeated(repeated.toLowerCase()), repeated)
      assert.equal(passwordProblem(repeated), M.repeated, repeated)
    }
    assert.equal(passwordProblem('abc abc abc abc'), M.repeated, 'spaces between the groups do not hide them')
    assert.equal(passwordProblem('AaAaAaAaAaAa'), M.repeated, 'nor does letter case')
    assert.equal(isRepeated('abcabcabcabd'), false)
  })

  it('refuses characters in order, up or down, with digits going round', () => {
    for (const run of ['abcdefghijkl', 'LKJIHGFEDCBA', '123456789012', '987654321098', 'mnopqrstuvwxyz']) {
      assert.ok(isSequence(run.toLowerCase()), run)
      assert.equal(passwordProblem(run), M.sequence, run)
    }
    assert.equal(isSequence('abcdefghijkm'), false)
    assert.equal(isSequence('acegikmoqsuw'), false, 'steps of two are not a run of one')
  })

  it('refuses passwords on the common-passwords list, as they are or with a few digits or symbols added', () => {
    for (const common of [
      'password1234',
      'Password1234!',
      'iloveyou2024',
      'qwertyuiopasdf',
      '!!football123',
      'trustno1trustno1',
    ])
      assert.ok([M.common, M.repeated, M.guessable].includes(passwordProblem(common) as never), common)
    assert.equal(passwordProblem('Password1234!'), M.common)
    assert.equal(passwordProblem('baseball2024!'), M.common)
  })

  it('refuses a password holding the username', () => {
    assert.equal(passwordProblem('my name is jsmith-42 ok', { username: 'JSmith-42' }), M.username)
    assert.equal(passwordProblem('my name is jsmith-42 ok', { username: 'other' }), undefined)
  })

  it('refuses what is easy to guess though not on the list as it is: keyboard patterns and leetspeak', () => {
    assert.equal(passwordProblem('asdfghjkl;zx'), M.guessable)
    assert.equal(passwordProblem('p@ssw0rd1234!'), M.common)
    assert.equal(passwordProblem('Welcome12345'), M.common)
  })

  it('accepts the test fixture, demo and documentation passwords', () => {
    for (const good of [PASSWORD, 'demo-password-for-tests', 'a long enough password', 'Tr0ub4dor&3-never-logged'])
      assert.equal(passwordProblem(good), undefined, good)
  })

  it('accepts random passwords of 12 or more characters drawn from letters, digits and symbols', () => {
    const chars = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%^&*-_=+?'.split('')
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 14, maxLength: 40 }), picked => {
        const password = picked.join('')
        // A random draw can still land on a run or a repeat; those are refused by design.
        fc.pre(!isRepeated(password.toLowerCase()) && !isSequence(password.toLowerCase()))
        assert.equal(passwordProblem(password), undefined, password)
      }),
      { numRuns: 150 },
    )
  })

  it('accepts random passphrases of four words or more', () => {
    const words = ['lantern', 'otter', 'granite', 'velvet', 'harbour', 'cobalt', 'meadow', 'quill', 'ember', 'saffron']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 4, maxLength: 6 }), picked => {
        fc.pre(new Set(picked).size === picked.length)
        assert.equal(passwordProblem(picked.join(' ')), undefined)
      }),
      { numRuns: 50 },
    )
  })
})
