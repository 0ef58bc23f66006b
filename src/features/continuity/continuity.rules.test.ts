import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays, addWeeks } from '../../platform/dates/calendar-date.ts'
import {
  comChanges,
  comOn,
  continuityWarning,
  type AllocationEvent,
} from '../../platform/case/allocation-history.rules.ts'
import { reallocationProblems } from '../people/index.ts'
import { continuityMeasures, keptSameCom } from './continuity.rules.ts'

const com = (staffId: string | null, on: string): AllocationEvent => ({ kind: 'com', staffId, on })
const pom = (staffId: string | null, on: string): AllocationEvent => ({ kind: 'pom', staffId, on })

const RELEASE = '2026-06-01'
const BEFORE = addWeeks(RELEASE, -12) // 2026-03-09
const AFTER = addWeeks(RELEASE, 12) // 2026-08-24

describe('changes of COM', () => {
  it('counts nothing for no history or a single allocation', () => {
    assert.equal(comChanges([]), 0)
    assert.equal(comChanges([com('a', '2025-01-01')]), 0)
  })

  it('counts each allocation to a different COM, and ignores POM changes', () => {
    const history = [com('a', '2025-01-01'), pom('p', '2025-01-02'), com('b', '2025-02-01'), com('c', '2025-03-01')]
    assert.equal(comChanges(history), 2)
  })

  it('does not count taking a COM off, or allocating the same COM again', () => {
    assert.equal(comChanges([com('a', '2025-01-01'), com(null, '2025-02-01'), com('a', '2025-03-01')]), 0)
    assert.equal(comChanges([com('a', '2025-01-01'), com('a', '2025-02-01')]), 0)
    assert.equal(comChanges([com('a', '2025-01-01'), com(null, '2025-02-01'), com('b', '2025-03-01')]), 1)
  })

  it('counts from the sentence start, the COM in place that day being the first', () => {
    const history = [com('a', '2024-01-01'), com('b', '2024-06-01'), com('c', '2025-02-01'), com('d', '2025-03-01')]
    assert.equal(comChanges(history), 3)
    assert.equal(comChanges(history, '2025-01-10'), 2)
    assert.equal(comChanges(history, '2025-02-01'), 1)
    assert.equal(comChanges([com('a', '2025-02-01')], '2025-01-10'), 0)
  })

  it('never exceeds the number of COM allocations less one, and is never negative', () => {
    const event = fc.record({
      kind: fc.constantFrom<'pom' | 'com'>('pom', 'com'),
      staffId: fc.constantFrom(null, 'a', 'b', 'c'),
      on: fc.integer({ min: 0, max: 3000 }).map(d => addDays('2020-01-01', d)),
    })
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), history => {
        const sorted = [...history].sort((x, y) => x.on.localeCompare(y.on))
        const n = comChanges(sorted)
        const allocations = sorted.filter(e => e.kind === 'com' && e.staffId).length
        assert.ok(n >= 0 && n <= Math.max(0, allocations - 1))
      }),
    )
  })
})

describe('the continuity warning', () => {
  it('warns a manager only once two changes have been made, so that a third is past the second', () => {
    assert.deepEqual([0, 1, 2, 3, 7].map(continuityWarning), [false, false, true, true, true])
  })
})

describe('the COM on a day', () => {
  it('is the last allocation made on or before that day', () => {
    const history = [com('a', '2025-01-01'), com('b', '2025-02-01'), com(null, '2025-03-01')]
    assert.equal(comOn(history, '2024-12-31'), null)
    assert.equal(comOn(history, '2025-01-01'), 'a')
    assert.equal(comOn(history, '2025-02-01'), 'b')
    assert.equal(comOn(history, '2025-03-01'), null)
  })
})

describe('keeping the same COM from 12 weeks before release to 12 weeks after', () => {
  const today = '2027-01-01'

  it('is kept when the COM allocated 12 weeks before stays to 12 weeks after', () => {
    assert.equal(keptSameCom([com('a', BEFORE)], RELEASE, today), 'kept')
    assert.equal(keptSameCom([com('a', '2025-01-01'), com('a', RELEASE)], RELEASE, today), 'kept')
  })

  it('is not kept when the COM was allocated only after the window began', () => {
    assert.equal(keptSameCom([com('a', addDays(BEFORE, 1))], RELEASE, today), 'not-kept')
  })

  it('is not kept when another COM, or nobody, is allocated within the window', () => {
    assert.equal(keptSameCom([com('a', BEFORE), com('b', AFTER)], RELEASE, today), 'not-kept')
    assert.equal(
      keptSameCom([com('a', BEFORE), com(null, RELEASE), com('a', addDays(RELEASE, 1))], RELEASE, today),
      'not-kept',
    )
  })

  it('ignores changes after the window closes and POM changes within it', () => {
    assert.equal(
      keptSameCom([com('a', BEFORE), pom('p', RELEASE), com('b', addDays(AFTER, 1))], RELEASE, today),
      'kept',
    )
  })

  it('is not measurable until the 12 weeks after release have passed', () => {
    assert.equal(keptSameCom([com('a', BEFORE)], RELEASE, addDays(AFTER, -1)), 'not-yet-measurable')
    assert.equal(keptSameCom([com('a', BEFORE)], RELEASE, AFTER), 'kept')
  })
})

describe('continuity measures for a team', () => {
  it('adds up changes, people past two changes and the share who kept their COM, from known histories', () => {
    const today = '2027-01-01'
    const measures = continuityMeasures(
      [
        // kept: one COM throughout
        { history: [com('a', '2025-01-10')], sentenceStartDate: '2025-01-10', releaseDate: RELEASE },
        // changed at release: not kept, one change
        { history: [com('a', '2025-01-10'), com('b', RELEASE)], sentenceStartDate: '2025-01-10', releaseDate: RELEASE },
        // three changes, not released yet: not measured
        {
          history: [com('a', '2025-01-10'), com('b', '2025-05-01'), com('c', '2025-09-01'), com('d', '2026-01-01')],
          sentenceStartDate: '2025-01-10',
          releaseDate: null,
        },
        // released too recently to measure
        { history: [com('a', '2025-01-10')], sentenceStartDate: '2025-01-10', releaseDate: '2026-12-01' },
      ],
      today,
    )
    assert.deepEqual(measures, {
      people: 4,
      comChanges: 4,
      peopleOverTwoChanges: 1,
      measured: 2,
      kept: 1,
      keptShare: 0.5,
    })
  })

  it('has no share when nobody is measured yet', () => {
    assert.equal(continuityMeasures([], '2027-01-01').keptShare, null)
  })
})

describe('a reallocation', () => {
  it('is refused without a reason or a handover note', () => {
    assert.deepEqual(
      reallocationProblems({}).map(p => p.field),
      ['reasonCode', 'handoverNote'],
    )
    assert.deepEqual(
      reallocationProblems({ reasonCode: 'other', handoverNote: 'x' }).map(p => p.field),
      ['reasonOther'],
    )
    assert.deepEqual(reallocationProblems({ reasonCode: 'workload', handoverNote: 'x' }), [])
  })
})
