import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ValidationFailed } from '../../platform/errors/errors.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import { createUserSchema } from './users.schemas.ts'

const account = { username: 'new.admin', displayName: 'New Admin', role: 'admin' }

function passwordErrors(password: string) {
  try {
    parseInput(createUserSchema, { ...account, password })
    return []
  } catch (error) {
    assert.ok(error instanceof ValidationFailed)
    return error.fieldErrors.filter(e => e.field === 'password').map(e => e.message)
  }
}

describe('the account that create-user makes', () => {
  it('refuses the passwords the hostile probe had accepted, saying what to fix', () => {
    assert.deepEqual(passwordErrors('aaaaaaaaaaaa'), [
      'A password cannot be one character or a short group of characters repeated, like aaaaaaaaaaaa',
    ])
    assert.match(passwordErrors('password1234')[0]!, /on a list of common passwords/)
    assert.deepEqual(passwordErrors(' '.repeat(12)), ['A password cannot be only spaces'])
    assert.deepEqual(passwordErrors('short'), ['A password must be at least 12 characters long'])
    assert.deepEqual(passwordErrors('new.admin rules ok'), ['A password cannot contain the username'])
  })

  it('takes a strong password', () => {
    assert.deepEqual(passwordErrors('a long enough password'), [])
  })
})
