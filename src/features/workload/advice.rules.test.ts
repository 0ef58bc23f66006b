import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { compareCandidates, rankCandidates, whyOf, type Candidate } from './advice.rules.ts'

const candidate = (name: string, over: Partial<Candidate> = {}): Candidate => ({
  staffId: name,
  name,
  capacityAfter: 80,
  casesAfter: 30,
  releasesSoon: 0,
  handoversDue: 0,
  supervisedBefore: false,
  conflict: false,
  ...over,
})
const order = (...cs: Candidate[]) => rankCandidates(cs).map(r => r.candidate.name)

describe('allocation advice ranking', () => {
  it('lists a practitioner with a conflict last, whatever else', () => {
    assert.deepEqual(
      order(
        candidate('Barred', { conflict: true, supervisedBefore: true, capacityAfter: 10 }),
        candidate('Busy', { capacityAfter: 140 }),
      ),
      ['Busy', 'Barred'],
    )
  })

  it('puts continuity first: one who supervised the person before, even with less room', () => {
    assert.deepEqual(
      order(
        candidate('New', { capacityAfter: 40 }),
        candidate('Known', { supervisedBefore: true, capacityAfter: 105 }),
      ),
      ['Known', 'New'],
    )
  })

  it('lets continuity give way above 110% after the case, but not at 110%', () => {
    assert.deepEqual(order(candidate('New'), candidate('Known', { supervisedBefore: true, capacityAfter: 110.1 })), [
      'New',
      'Known',
    ])
    assert.deepEqual(order(candidate('New'), candidate('Known', { supervisedBefore: true, capacityAfter: 110 })), [
      'Known',
      'New',
    ])
  })

  it('prefers room (at most 100%) to none, and both to an unknown capacity', () => {
    assert.deepEqual(
      order(
        candidate('Unknown', { capacityAfter: null }),
        candidate('Over', { capacityAfter: 100.1 }),
        candidate('Full', { capacityAfter: 100 }),
      ),
      ['Full', 'Over', 'Unknown'],
    )
  })

  it('prefers at most 50 cases to more, then lower capacity', () => {
    assert.deepEqual(
      order(
        candidate('Many', { casesAfter: 51, capacityAfter: 50 }),
        candidate('Fifty', { casesAfter: 50, capacityAfter: 90 }),
        candidate('Low', { capacityAfter: 60 }),
      ),
      ['Low', 'Fifty', 'Many'],
    )
  })

  it('breaks a tie of capacity by fewer releases and handovers, then by name', () => {
    assert.deepEqual(
      order(
        candidate('Zed', { releasesSoon: 0 }),
        candidate('Amy', { releasesSoon: 1 }),
        candidate('Bob', { handoversDue: 1 }),
        candidate('Abe'),
      ),
      ['Abe', 'Zed', 'Amy', 'Bob'],
    )
  })

  it('ranks from 1 and says why', () => {
    const ranked = rankCandidates([candidate('B', { conflict: true }), candidate('A', { supervisedBefore: true })])
    assert.deepEqual(
      ranked.map(r => [r.rank, r.why]),
      [
        [1, 'Supervised this person before'],
        [2, 'Cannot take this case: they are barred from the record'],
      ],
    )
    assert.equal(whyOf(candidate('C', { capacityAfter: 120 })), 'Would be over capacity')
  })

  const anyCandidate = fc.record({
    staffId: fc.uuid(),
    name: fc.string({ maxLength: 6 }),
    capacityAfter: fc.option(fc.integer({ min: 0, max: 2000 }).map(n => n / 10)),
    casesAfter: fc.integer({ min: 1, max: 80 }),
    releasesSoon: fc.integer({ min: 0, max: 5 }),
    handoversDue: fc.integer({ min: 0, max: 5 }),
    supervisedBefore: fc.boolean(),
    conflict: fc.boolean(),
  })

  it('is a total order: the same list in any order ranks the same', () => {
    fc.assert(
      fc.property(fc.array(anyCandidate, { maxLength: 12 }), list => {
        const forward = rankCandidates(list).map(r => r.candidate.staffId)
        const backward = rankCandidates([...list].reverse()).map(r => r.candidate.staffId)
        return JSON.stringify(forward) === JSON.stringify(backward)
      }),
    )
  })

  it('never puts a conflict before a practitioner without one, and compares both ways alike', () => {
    fc.assert(
      fc.property(fc.array(anyCandidate, { maxLength: 12 }), list => {
        const ranked = rankCandidates(list).map(r => r.candidate)
        const firstConflict = ranked.findIndex(c => c.conflict)
        return firstConflict === -1 || ranked.slice(firstConflict).every(c => c.conflict)
      }),
    )
    fc.assert(
      fc.property(
        anyCandidate,
        anyCandidate,
        (a, b) => Math.sign(compareCandidates(a, b)) === -Math.sign(compareCandidates(b, a)),
      ),
    )
  })
})
