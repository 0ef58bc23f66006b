import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  availablePoints,
  CASE_TYPES,
  casePoints,
  calculateWorkload,
  capacityPercent,
  decimalOf,
  GRADES,
  points,
  TIERS,
  WORKLOAD_POINTS,
  type CaseCount,
} from './workload.rules.ts'

/** The table as DOMAIN.md prints it, typed out again here rather than read from the rules. */
const HAND_TABLE = {
  licence: [219, 175, 163, 161, 132, 119, 77, 65, 52, 51, 43, 31],
  community: [206, 158, 146, 146, 115, 102, 79, 63, 50, 51, 41, 29],
  custody: [75, 60, 59, 59, 48, 47, 30, 24, 23, 17, 14, 13],
} as const
const TABLE_TIERS = ['A3', 'A2', 'A1', 'B3', 'B2', 'B1', 'C3', 'C2', 'C1', 'D3', 'D2', 'D1'] as const
const ZERO_TIERS = { A0: 110, B0: 72, C0: 35, D0: 29 } as const

describe('the points table', () => {
  for (const type of CASE_TYPES) {
    TABLE_TIERS.forEach((tier, column) => {
      const expected = HAND_TABLE[type][column]!
      it(`scores ${tier} ${type} ${expected}, and three such cases three times as much`, () => {
        assert.equal(casePoints(tier, type), expected)
        assert.equal(points([{ tier, type, count: 1 }]), expected)
        assert.equal(points([{ tier, type, count: 3 }]), 3 * expected)
        assert.equal(points([{ tier, type, count: 0 }]), 0)
      })
    })
    for (const [tier, community] of Object.entries(ZERO_TIERS)) {
      const expected = type === 'community' ? community : 0
      it(`scores ${tier} ${type} ${expected}`, () => {
        assert.equal(casePoints(tier as keyof typeof ZERO_TIERS, type), expected)
        assert.equal(points([{ tier: tier as keyof typeof ZERO_TIERS, type, count: 2 }]), 2 * expected)
      })
    }
  }

  it('covers every tier and type, and nothing else', () => {
    assert.equal(TIERS.length, 16)
    for (const type of CASE_TYPES) assert.deepEqual(Object.keys(WORKLOAD_POINTS.cases[type]).sort(), [...TIERS].sort())
  })

  it('is named and dated', () => {
    assert.equal(WORKLOAD_POINTS.id, 'hmpps-workload-seed')
    assert.match(WORKLOAD_POINTS.recorded, /^\d{4}-\d{2}-\d{2}$/)
  })

  it('scores standard court reports 138 each and fast ones 65 each', () => {
    assert.equal(points([], { standard: 1, fast: 0 }), 138)
    assert.equal(points([], { standard: 0, fast: 1 }), 65)
    assert.equal(points([], { standard: 2, fast: 3 }), 2 * 138 + 3 * 65)
  })

  it('adds a mixed caseload by hand', () => {
    const cases: CaseCount[] = [
      { tier: 'A3', type: 'licence', count: 2 }, // 438
      { tier: 'B2', type: 'community', count: 10 }, // 1,150
      { tier: 'C1', type: 'custody', count: 4 }, // 92
      { tier: 'D0', type: 'community', count: 1 }, // 29
      { tier: 'A0', type: 'custody', count: 5 }, // 0
    ]
    assert.equal(points(cases, { standard: 1, fast: 2 }), 438 + 1150 + 92 + 29 + 138 + 130)
  })
})

describe('exact decimals of hours', () => {
  it('reads the shortest round-trip text, exponents included', () => {
    assert.deepEqual(decimalOf(36.3), { units: 363n, scale: 1 })
    assert.deepEqual(decimalOf(37), { units: 37n, scale: 0 })
    assert.deepEqual(decimalOf(0), { units: 0n, scale: 0 })
    assert.deepEqual(decimalOf(0.1), { units: 1n, scale: 1 })
    assert.deepEqual(decimalOf(1e-7), { units: 1n, scale: 7 })
    assert.deepEqual(decimalOf(1.5e-7), { units: 15n, scale: 8 })
    assert.deepEqual(decimalOf(1e21), { units: 10n ** 21n, scale: 0 })
    assert.deepEqual(decimalOf(-2.25), { units: -225n, scale: 2 })
  })
})

describe('available points', () => {
  it('are the nominal target of 2,176 for a 37-hour week, whatever the grade', () => {
    for (const grade of GRADES) assert.equal(availablePoints(grade, 37), 2176)
  })

  it('are 1,088 for 36.3 less 17.8 hours, exactly half a week (floating point says 1,087)', () => {
    assert.equal(Math.trunc((2176 * (36.3 - 17.8)) / 37), 1087)
    assert.equal(availablePoints('PO', 36.3, 17.8), 1088)
    assert.equal(availablePoints('PQiP', 32.3, 13.8), 1088)
    assert.equal(availablePoints('PSO', 34.8, 16.3), 1088)
  })

  it('are pro rata, truncated to a whole number, by hand', () => {
    assert.equal(availablePoints('PO', 18.5), 1088) // 2176 / 2
    assert.equal(availablePoints('PO', 22.2), 1305) // 2176 × 0.6 = 1305.6
    assert.equal(availablePoints('PO', 48), 2822) // 2176 × 48 / 37 = 2822.92
    assert.equal(availablePoints('PO', 37, 7.4), 1740) // 2176 × 0.8 = 1740.8
    assert.equal(availablePoints('PO', 1), 58) // 58.81
    assert.equal(availablePoints('PO', 0.01), 0) // 0.588
    assert.equal(availablePoints('PO', 0.02), 1) // 1.176
    assert.equal(availablePoints('PO', 3.7), 217) // 217.6
  })

  it('are none when the reductions take every hour', () => {
    assert.equal(availablePoints('PO', 37, 37), 0)
    assert.equal(availablePoints('PO', 12.5, 12.5), 0)
  })
})

describe('capacity', () => {
  it('is points over available points, as a percentage to one decimal place', () => {
    assert.equal(capacityPercent(2176, 2176), 100)
    assert.equal(capacityPercent(0, 2176), 0)
    assert.equal(capacityPercent(1088, 2176), 50)
    assert.equal(capacityPercent(2394, 2176), 110) // 110.018…
    assert.equal(capacityPercent(1, 3), 33.3)
    assert.equal(capacityPercent(2, 3), 66.7)
    assert.equal(capacityPercent(670, 1088), 61.6) // 61.580…
  })

  it('rounds half up on the exact ratio, where the floating-point product falls just below the half', () => {
    // 299 / 1040 is exactly 0.2875, so 28.75%: half up is 28.8. In floating point it is 28.749999999999996.
    assert.equal((299 / 1040) * 100, 28.749999999999996)
    assert.equal(Number(((299 / 1040) * 100).toFixed(1)), 28.7)
    assert.equal(capacityPercent(299, 1040), 28.8)
    // 87 / 1200 is exactly 0.0725: 7.25% is 7.3 (floating point: 7.249999999999999).
    assert.equal(capacityPercent(87, 1200), 7.3)
    // An exact half that floating point gets right stays right: 1 / 8 = 12.5%, 1 / 16 = 6.25% → 6.3.
    assert.equal(capacityPercent(1, 8), 12.5)
    assert.equal(capacityPercent(1, 16), 6.3)
    // Just below a half rounds down: 2874 / 10000 = 28.74%.
    assert.equal(capacityPercent(2874, 10000), 28.7)
  })

  it('is null when no points are available', () => {
    assert.equal(capacityPercent(0, 0), null)
    assert.equal(capacityPercent(500, 0), null)
  })

  it('comes together in the whole calculation', () => {
    assert.deepEqual(
      calculateWorkload({
        grade: 'PO',
        contractedHours: 36.3,
        reductionHours: 17.8,
        cases: [
          { tier: 'A3', type: 'licence', count: 2 },
          { tier: 'D0', type: 'community', count: 1 },
        ],
        courtReports: { standard: 1, fast: 1 },
      }),
      { points: 670, availablePoints: 1088, capacityPercent: 61.6 },
    )
    assert.deepEqual(calculateWorkload({ grade: 'PSO', contractedHours: 20, reductionHours: 20, cases: [] }), {
      points: 0,
      availablePoints: 0,
      capacityPercent: null,
    })
  })
})

const RUNS = { numRuns: 500 }
const caseCounts = fc.array(
  fc.record({
    tier: fc.constantFrom(...TIERS),
    type: fc.constantFrom(...CASE_TYPES),
    count: fc.integer({ min: 0, max: 500 }),
  }),
  { maxLength: 30 },
)
const courtReports = fc.option(
  fc.record({ standard: fc.integer({ min: 0, max: 50 }), fast: fc.integer({ min: 0, max: 50 }) }),
  { nil: undefined },
)
/** Hours in hundredths from 0.01 to 48: each one's shortest text is its own two-place decimal. */
const hundredths = fc.integer({ min: 1, max: 4800 })

describe('properties', () => {
  it('points are additive over cases and court reports', () => {
    fc.assert(
      fc.property(caseCounts, caseCounts, courtReports, (a, b, reports) => {
        assert.equal(points([...a, ...b], reports), points(a) + points(b) + points([], reports))
      }),
      RUNS,
    )
  })

  it('a case counted n times scores n times one case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TIERS), fc.constantFrom(...CASE_TYPES), fc.nat(1000), (tier, type, n) => {
        assert.equal(points([{ tier, type, count: n }]), n * casePoints(tier, type))
        assert.equal(
          points(Array.from({ length: n % 20 }, () => ({ tier, type, count: 1 }))),
          (n % 20) * casePoints(tier, type),
        )
      }),
      RUNS,
    )
  })

  it('capacity is null exactly when no points are available', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(3000), (total, available) => {
        const capacity = capacityPercent(total, available)
        assert.equal(capacity === null, available === 0)
        if (capacity !== null) {
          assert.ok(Math.abs(capacity - (total / available) * 100) <= 0.05 + 1e-9)
          assert.equal(Math.round(capacity * 10), capacity * 10)
        }
      }),
      RUNS,
    )
  })

  it('capacity is null exactly when the calculation has no available points', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GRADES), hundredths, fc.nat(4800), caseCounts, (grade, c, r, cases) => {
        const reduction = Math.min(r, c)
        const result = calculateWorkload({ grade, contractedHours: c / 100, reductionHours: reduction / 100, cases })
        assert.equal(result.capacityPercent === null, result.availablePoints === 0)
      }),
      RUNS,
    )
  })

  it('available points are the exact truncation, and never fall as the hours rise or the reductions fall', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GRADES), hundredths, hundredths, fc.nat(4800), (grade, x, y, r) => {
        const [low, high] = x <= y ? [x, y] : [y, x]
        const reduction = Math.min(r, low)
        const at = (hours: number, less: number) => availablePoints(grade, hours / 100, less / 100)
        assert.equal(at(low, reduction), Math.floor((2176 * (low - reduction)) / 3700))
        assert.ok(at(low, reduction) <= at(high, reduction))
        assert.ok(at(high, reduction) <= at(high, 0))
      }),
      RUNS,
    )
  })
})
