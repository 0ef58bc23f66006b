import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { ACCOMMODATION_CATEGORIES } from '../../platform/case/accommodation.ts'
import { breakdown, quarterLabel, quarterRange, recentQuarters, type DashboardRecord } from './outcomes.dashboard.ts'
import { DIMENSIONS } from './outcomes.groups.ts'
import { MEASURES, SUPPRESS_UNDER, tally } from './outcomes.rules.ts'

const TODAY = '2026-11-23'

const anyRecord: fc.Arbitrary<DashboardRecord> = fc.record({
  releaseDate: fc.constantFrom('2026-01-15', '2026-03-31', '2026-09-01'),
  firstNight: fc.constantFrom(...ACCOMMODATION_CATEGORIES),
  accommodation3Months: fc.constantFrom(null, 'settled', 'rough-sleeping', 'unknown'),
  employment6Weeks: fc.constantFrom(null, 'employed', 'not-working', 'unavailable'),
  employment6Months: fc.constantFrom(null, 'employed', 'not-working'),
  treatmentNeed: fc.boolean(),
  treatmentStartDate: fc.constantFrom(null, '2026-01-20', '2026-09-10'),
  idHeld: fc.boolean(),
  bankAccount: fc.boolean(),
  comAtWindowStart: fc.constantFrom(null, 'a'),
  otherComInWindow: fc.boolean(),
  recallBreachDate: fc.constantFrom(null, '2026-02-01'),
  groups: fc.record({
    sex: fc.constantFrom(null, 'female', 'male', 'prefer-not-to-say'),
    ethnicity: fc.constantFrom(null, 'white-british', 'caribbean', 'pakistani', 'prefer-not-to-say'),
    ethnicGroup: fc.constant(null),
    ageBand: fc.constantFrom('under-25', '30-39', '60+'),
    disability: fc.constantFrom(null, 'yes-a-lot', 'no'),
    religion: fc.constantFrom(null, 'christian', 'muslim'),
    neurodivergent: fc.constantFrom(null, 'yes', 'no'),
    careExperienced: fc.constantFrom(null, 'yes', 'no'),
    veteran: fc.constantFrom(null, 'yes', 'no'),
  }),
}) as fc.Arbitrary<DashboardRecord>

describe('the dashboard breakdown', () => {
  it('totals each measure as its pure tally does, and shows no group under 10 (property)', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 80 }), fc.constantFrom(...DIMENSIONS), (records, dimension) => {
        const measures = breakdown(records, dimension, TODAY)
        measures.forEach((m, i) => {
          const expected = tally(MEASURES[i]!, records, TODAY)
          if (m.total)
            assert.deepEqual([m.total.numerator, m.total.denominator], [expected.numerator, expected.denominator])
          const shown = m.groups.filter(g => g.figure)
          for (const g of shown) assert.ok(g.figure!.denominator >= SUPPRESS_UNDER)
          if (!m.total) assert.equal(shown.length, 0)
          // Hidden groups are none or at least two.
          assert.notEqual(m.groups.length - shown.length, 1)
        })
      }),
      { numRuns: 200 },
    )
  })
})

describe('quarters', () => {
  it('offers the last 8 complete calendar quarters, latest first', () => {
    const quarters = recentQuarters(TODAY)
    assert.deepEqual(quarters.slice(0, 3), ['2026-Q3', '2026-Q2', '2026-Q1'])
    assert.equal(quarters.length, 8)
    assert.equal(quarters.at(-1), '2024-Q4')
    assert.deepEqual(quarterRange('2026-Q1'), { from: '2026-01-01', to: '2026-03-31' })
    assert.deepEqual(quarterRange('2024-Q4'), { from: '2024-10-01', to: '2024-12-31' })
    assert.equal(quarterLabel('2026-Q3'), 'July to September 2026')
    assert.equal(recentQuarters('2026-01-01')[0], '2025-Q4')
  })
})
