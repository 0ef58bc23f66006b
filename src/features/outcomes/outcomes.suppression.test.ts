import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { MEASURE_BY_KEY, type Tally } from './outcomes.rules.ts'
import { suppress } from './outcomes.suppression.ts'
import { recovered } from './outcomes.test-support.ts'

const ID = MEASURE_BY_KEY['released-with-id']
const BANK = MEASURE_BY_KEY['released-with-bank-account']
const HOUSED = MEASURE_BY_KEY['housed-on-release']

const t = (numerator: number, denominator: number): Tally => ({ numerator, denominator })
const sum = (cells: readonly Tally[]) =>
  cells.reduce((a, c) => t(a.numerator + c.numerator, a.denominator + c.denominator), t(0, 0))

function one(cells: Tally[]) {
  const result = suppress({
    measures: [HOUSED],
    totals: { [HOUSED.key]: sum(cells) },
    cells: { [HOUSED.key]: cells },
    groups: cells.length,
  })
  return {
    hiddenMeasure: result.hiddenMeasures.has(HOUSED.key),
    hidden: [...result.hiddenGroups.get(HOUSED.key)!].sort(),
  }
}

describe('suppression of small numbers', () => {
  it('shows every group of 10 or more when none is smaller', () => {
    assert.deepEqual(one([t(5, 10), t(30, 40), t(2, 12)]), { hiddenMeasure: false, hidden: [] })
  })

  it('hides a group of 9, and then the next smallest so the 9 cannot be worked out from the total', () => {
    assert.deepEqual(one([t(3, 9), t(30, 40), t(6, 12)]).hidden, [0, 2])
  })

  it('hides groups of 0 as well', () => {
    assert.deepEqual(one([t(0, 0), t(3, 9), t(30, 40), t(6, 12)]).hidden, [0, 1])
  })

  it('hides more while the hidden groups would all have met it, or none would', () => {
    // 0 of 4 and 0 of 3 hidden together still says nobody in them was housed: the 12 joins them.
    assert.deepEqual(one([t(0, 4), t(0, 3), t(30, 40), t(6, 12)]).hidden, [0, 1, 3])
  })

  it('hides a measure whole when its total is under 10, or when everyone or no one met it', () => {
    assert.equal(one([t(3, 5), t(2, 4)]).hiddenMeasure, true)
    assert.equal(one([t(12, 12), t(30, 30)]).hiddenMeasure, true)
    assert.equal(one([t(0, 12), t(0, 30)]).hiddenMeasure, true)
    assert.equal(one([t(1, 12), t(0, 30)]).hiddenMeasure, false)
  })

  it('hides the same groups in measures that share a denominator', () => {
    const d = [9, 40, 12, 15]
    const cells = {
      [ID.key]: d.map((n, i) => t(i === 0 ? 1 : n - 1, n)),
      [BANK.key]: d.map(n => t(Math.floor(n / 2), n)),
    }
    const r = suppress({
      measures: [ID, BANK],
      totals: { [ID.key]: sum(cells[ID.key]!), [BANK.key]: sum(cells[BANK.key]!) },
      cells,
      groups: 4,
    })
    assert.deepEqual(r.hiddenGroups.get(ID.key), r.hiddenGroups.get(BANK.key))
  })
})

describe('no hidden cell can be worked out from what is shown', () => {
  it('holds for any breakdown (property, by brute force)', () => {
    const cell = fc
      .integer({ min: 0, max: 12 })
      .chain(d => fc.tuple(fc.integer({ min: 0, max: d }), fc.integer({ min: 0, max: d }), fc.constant(d)))
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 4 }), rows => {
        const cells = {
          [ID.key]: rows.map(([a, , d]) => t(a, d)),
          [BANK.key]: rows.map(([, b, d]) => t(b, d)),
        }
        const totals = { [ID.key]: sum(cells[ID.key]!), [BANK.key]: sum(cells[BANK.key]!) }
        const r = suppress({ measures: [ID, BANK], totals, cells, groups: rows.length })
        const live = [ID.key, BANK.key].filter(k => !r.hiddenMeasures.has(k))
        if (!live.length) return true
        const hidden = [...r.hiddenGroups.get(live[0]!)!]
        // Every group shown has 10 or more; the measures shown hide the same groups.
        for (const k of live) assert.deepEqual([...r.hiddenGroups.get(k)!], hidden)
        rows.forEach(([, , d], i) => assert.ok(hidden.includes(i) || d >= 10))
        return !recovered(live, totals, cells, hidden)
      }),
      { numRuns: 300 },
    )
  })
})
