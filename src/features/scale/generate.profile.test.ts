import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SCALES, profileFor } from './generate.profile.ts'
import { identifiersFor } from './parts/people.part.ts'

describe('generator sizes', () => {
  it('makes national scale the size DOMAIN.md gives', () => {
    const p = profileFor(SCALES.national)
    assert.deepEqual([p.regions, p.pdus, p.teams, p.prisons], [12, 100, 1_000, 120])
    const staff = p.teams * (1 + p.comsPerTeam) + p.prisons * p.pomsPerPrison + p.partners + 1
    assert.ok(staff > 10_500 && staff < 12_000, `about 11,000 staff (${staff})`)
    assert.ok(p.auditEntries >= 10_000_000, 'tens of millions of audit entries')
  })

  it('makes PDU scale one PDU of ten teams', () => {
    const p = profileFor(SCALES.pdu)
    assert.deepEqual([p.regions, p.pdus, p.teams], [1, 1, 10])
  })

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
