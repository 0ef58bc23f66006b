import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { identifiersFor } from './people.generate.ts'

describe('generated people', () => {
  it('gives every person a CRN and a prison number of the right form, never twice', () => {
    const crns = new Set<string>()
    const numbers = new Set<string>()
    for (const i of [...Array(30_000).keys(), 259_999, 260_000, 999_999]) {
      const { crn, prisonNumber } = identifiersFor(i)
      assert.match(crn, /^[A-Z][0-9]{6}$/)
      assert.match(prisonNumber, /^[A-Z][0-9]{4}[A-Z]{2}$/)
      crns.add(crn)
      numbers.add(prisonNumber)
    }
    assert.equal(crns.size, 30_003)
    assert.equal(numbers.size, 30_003)
  })
})
