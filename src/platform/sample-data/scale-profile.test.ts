import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SCALES, profileFor } from './scale-profile.ts'

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
})
