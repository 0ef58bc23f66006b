import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { safeReturnTo, signInSchema } from './auth.schemas.ts'

const fields = (input: unknown) => {
  const result = signInSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map(issue => issue.path.join('.'))
}

describe('the sign-in schema', () => {
  it('refuses a NUL or a lone surrogate in either field, naming the field', () => {
    assert.deepEqual(fields({ username: '\u0000', password: 'x' }), ['username'])
    assert.deepEqual(fields({ username: 'comA', password: 'a\u0000b' }), ['password'])
    assert.deepEqual(fields({ username: 'com\uD800', password: 'x' }), ['username'])
  })

  it('takes an ordinary username and password, trimming the username', () => {
    assert.deepEqual(signInSchema.parse({ username: ' comA ', password: ' secret ' }), {
      username: 'comA',
      password: ' secret ',
    })
  })
})

describe('where sign-in returns to', () => {
  it('keeps same-site paths and sends anything else home', () => {
    assert.equal(safeReturnTo('/people?q=Alpha'), '/people?q=Alpha')
    for (const elsewhere of ['//evil.example', 'https://evil.example', '/\\evil.example', undefined, ['/people']]) {
      assert.equal(safeReturnTo(elsewhere), '/')
    }
  })
})
