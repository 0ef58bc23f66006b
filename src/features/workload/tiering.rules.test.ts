import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  changeLevelOf,
  changeScore,
  COMPLEXITY_FLAGS,
  MAPPA_LEVELS,
  protectLevelOf,
  protectScore,
  ROSH_LEVELS,
  rsrPoints,
  tierOf,
  type AssessedNeed,
  type ProtectInput,
} from './tiering.rules.ts'
import { TIERS } from './workload.rules.ts'

/** The points as DOMAIN.md states them, typed out again rather than read from the rules. */
const ROSH = { low: 0, medium: 10, high: 20, 'very-high': 150 } as const
const MAPPA = { none: 0, '1': 5, '2': 150, '3': 150 } as const
const handRsr = (rsr: number) => (rsr >= 7 ? 20 : rsr >= 3 ? 10 : 0)
const handLevel = (points: number) => (points >= 150 ? 'A' : points >= 20 ? 'B' : points >= 10 ? 'C' : 'D')

const input = (over: Partial<ProtectInput> = {}): ProtectInput => ({
  rosh: 'low',
  rsrPercent: 0,
  mappa: 'none',
  flags: [],
  ...over,
})

describe('protect level bands, at every edge', () => {
  const edges: [number, string][] = [
    [0, 'D'],
    [9, 'D'],
    [10, 'C'],
    [19, 'C'],
    [20, 'B'],
    [149, 'B'],
    [150, 'A'],
    [500, 'A'],
  ]
  for (const [points, level] of edges)
    it(`${points} points is ${level}`, () => assert.equal(protectLevelOf(points), level))

  it('agrees with the stated bands for every whole number of points up to 400', () => {
    for (let points = 0; points <= 400; points++) assert.equal(protectLevelOf(points), handLevel(points), `${points}`)
  })
})

describe('RSR bands', () => {
  const edges: [number, number][] = [
    [0, 0],
    [2.99, 0],
    [3, 10],
    [6.99, 10],
    [7, 20],
    [100, 20],
  ]
  for (const [rsr, points] of edges) it(`${rsr}% scores ${points}`, () => assert.equal(rsrPoints(rsr), points))

  it('compares in hundredths, so a sum that floats just under 7 is still 7', () => {
    assert.equal(rsrPoints(0.1 + 6.9), 20)
    assert.equal(rsrPoints(3.0000000000000004), 10)
  })
})

describe('protect points, exhaustively over RoSH, MAPPA, RSR bands and up to six flags', () => {
  const rsrs = [0, 2.99, 3, 6.99, 7, 50]
  it('counts only the higher of RoSH and RSR, with MAPPA and 2 a flag', () => {
    let combinations = 0
    for (const rosh of ROSH_LEVELS)
      for (const mappa of MAPPA_LEVELS)
        for (const rsrPercent of rsrs)
          for (let n = 0; n <= COMPLEXITY_FLAGS.length; n++) {
            const flags = COMPLEXITY_FLAGS.slice(0, n)
            const expected = Math.max(ROSH[rosh], handRsr(rsrPercent)) + MAPPA[mappa] + 2 * n
            const score = protectScore(input({ rosh, mappa, rsrPercent, flags }))
            assert.equal(score.points, expected, JSON.stringify({ rosh, mappa, rsrPercent, n }))
            assert.equal(score.level, handLevel(expected))
            combinations++
          }
    assert.equal(combinations, 4 * 4 * 6 * 7)
  })

  it('says which of RoSH and RSR was counted', () => {
    assert.equal(protectScore(input({ rosh: 'high', rsrPercent: 8 })).parts.riskCounted, 'rosh')
    assert.equal(protectScore(input({ rosh: 'medium', rsrPercent: 8 })).parts.riskCounted, 'rsr')
    assert.equal(protectScore(input()).parts.riskCounted, 'none')
  })

  it('counts a flag given twice once', () => {
    assert.equal(protectScore(input({ flags: ['stalking', 'stalking'] })).points, 2)
  })

  it('puts worked examples where the model says', () => {
    assert.equal(protectScore(input({ rosh: 'very-high' })).level, 'A')
    assert.equal(protectScore(input({ mappa: '2' })).level, 'A')
    assert.equal(protectScore(input({ mappa: '1', flags: ['domestic-abuse', 'stalking'] })).level, 'D') // 9
    assert.equal(protectScore(input({ mappa: '1', flags: ['domestic-abuse', 'stalking', 'street-gangs'] })).level, 'C') // 11
    assert.equal(protectScore(input({ rosh: 'medium', rsrPercent: 7 })).level, 'B') // 20: RSR counted, not both
    assert.equal(protectScore(input({ rosh: 'high', rsrPercent: 7, flags: COMPLEXITY_FLAGS })).points, 32)
  })
})

describe('protect points, as properties', () => {
  const anInput = fc.record({
    rosh: fc.constantFrom(...ROSH_LEVELS),
    rsrPercent: fc.integer({ min: 0, max: 10000 }).map(h => h / 100),
    mappa: fc.constantFrom(...MAPPA_LEVELS),
    flags: fc.subarray([...COMPLEXITY_FLAGS]),
  })

  it('matches the hand rule for any input', () => {
    fc.assert(
      fc.property(anInput, i => {
        const expected = Math.max(ROSH[i.rosh], handRsr(i.rsrPercent)) + MAPPA[i.mappa] + 2 * i.flags.length
        const score = protectScore(i)
        return score.points === expected && score.level === handLevel(expected)
      }),
    )
  })

  it('never lowers the level when a flag is added or MAPPA rises', () => {
    const order = { A: 0, B: 1, C: 2, D: 3 }
    fc.assert(
      fc.property(anInput, fc.constantFrom(...COMPLEXITY_FLAGS), (i, flag) => {
        const before = order[protectScore(i).level]
        const withFlag = order[protectScore({ ...i, flags: [...i.flags, flag] }).level]
        const withMappa = order[protectScore({ ...i, mappa: '3' }).level]
        return withFlag <= before && withMappa <= before
      }),
    )
  })
})

describe('change level from assessed needs', () => {
  const need = (status: string, urgency: AssessedNeed['urgency'], pathway = 'accommodation'): AssessedNeed => ({
    pathway,
    status,
    urgency,
  })

  it('is level 0, not assessed, with no screening', () => {
    assert.deepEqual(changeScore(null), { points: 0, level: 0, assessed: false, scored: [] })
  })

  it('is level 0, assessed, when every pathway has no need or the need is met', () => {
    const score = changeScore([need('no-need', null), need('done', 'urgent', 'health')])
    assert.equal(score.level, 0)
    assert.equal(score.assessed, true)
  })

  it('scores an open need 1 when low or medium, 2 when high or urgent, in each open status', () => {
    for (const status of ['need-identified', 'in-progress', 'support-declined']) {
      assert.equal(changeScore([need(status, 'low')]).points, 1)
      assert.equal(changeScore([need(status, 'medium')]).points, 1)
      assert.equal(changeScore([need(status, 'high')]).points, 2)
      assert.equal(changeScore([need(status, 'urgent')]).points, 2)
    }
  })

  const edges: [number, number][] = [
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [5, 2],
    [6, 3],
    [14, 3],
  ]
  for (const [points, level] of edges)
    it(`${points} points is level ${level}`, () => assert.equal(changeLevelOf(points), level))

  it('agrees with the bands for any set of needs across the seven pathways', () => {
    const pathways = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const statuses = ['no-need', 'need-identified', 'in-progress', 'support-declined', 'done']
    const urgencies = ['low', 'medium', 'high', 'urgent'] as const
    fc.assert(
      fc.property(
        fc.tuple(...pathways.map(() => fc.tuple(fc.constantFrom(...statuses), fc.constantFrom(...urgencies)))),
        answers => {
          const needs = answers.map(([status, urgency], i) =>
            need(status, status === 'no-need' ? null : urgency, pathways[i]),
          )
          const hand = answers.reduce(
            (sum, [status, urgency]) =>
              sum + (['no-need', 'done'].includes(status) ? 0 : urgency === 'high' || urgency === 'urgent' ? 2 : 1),
            0,
          )
          const score = changeScore(needs)
          const level = hand >= 6 ? 3 : hand >= 3 ? 2 : hand >= 1 ? 1 : 0
          return score.points === hand && score.level === level
        },
      ),
    )
  })
})

describe('the tier', () => {
  it('is the protect level and the change level, always one of the sixteen tiers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROSH_LEVELS),
        fc.constantFrom(...MAPPA_LEVELS),
        fc.integer({ min: 0, max: 14 }),
        (rosh, mappa, urgentNeeds) => {
          const needs = Array.from({ length: urgentNeeds }, (_, i) => ({
            pathway: `p${i}`,
            status: 'need-identified',
            urgency: 'low' as const,
          }))
          const result = tierOf(input({ rosh, mappa }), needs)
          return (TIERS as readonly string[]).includes(result.tier) && result.model === 'protect-change-2021'
        },
      ),
    )
  })

  it('gives B2 for high RoSH and three open needs of medium urgency', () => {
    const needs = ['a', 'b', 'c'].map(pathway => ({ pathway, status: 'in-progress', urgency: 'medium' as const }))
    assert.equal(tierOf(input({ rosh: 'high' }), needs).tier, 'B2')
  })

  it('gives A3 for MAPPA level 2 and many urgent needs, D0 for nothing at all', () => {
    const needs = ['a', 'b', 'c'].map(pathway => ({ pathway, status: 'need-identified', urgency: 'urgent' as const }))
    assert.equal(tierOf(input({ mappa: '2' }), needs).tier, 'A3')
    assert.equal(tierOf(input(), null).tier, 'D0')
  })
})
