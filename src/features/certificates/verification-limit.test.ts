import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createVerificationLimit } from './verification-limit.ts'

describe('the limit on verification lookups', () => {
  it('lets an address make the limit’s number of lookups in a window, then refuses until the next window', () => {
    let clock = 0
    const limit = createVerificationLimit({ limit: 3, windowMs: 1000, now: () => clock })
    assert.deepEqual(
      [1, 2, 3, 4].map(() => limit.take('a')),
      [true, true, true, false],
    )
    assert.equal(limit.take('b'), true, 'another address counts on its own')
    clock = 999
    assert.equal(limit.take('a'), false)
    clock = 1000
    assert.equal(limit.take('a'), true, 'a new window')
  })
})
