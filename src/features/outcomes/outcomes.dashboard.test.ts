import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { ACCOMMODATION_CATEGORIES } from '../../platform/case/accommodation.ts'
import {
  allBreakdowns,
  breakdown,
  quarterLabel,
  quarterRange,
  recentQuarters,
  type DashboardRecord,
} from './outcomes.dashboard.ts'
import { outcomesCsv } from './outcomes.csv.ts'
import { DIMENSIONS } from './outcomes.groups.ts'
import { MEASURES, SUPPRESS_UNDER, tally } from './outcomes.rules.ts'
import { recovered } from './outcomes.test-support.ts'

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
  licenceEndDate: fc.constantFrom(null, '2026-03-01', '2027-06-01'),
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

/** The CSV as an attacker reads it: by characteristic and measure, the total and each group's figures or null. */
function readCsv(csv: string) {
  const tables = new Map<string, { total: [number, number] | null; groups: ([number, number] | null)[] }>()
  for (const line of csv.trim().split('\r\n').slice(1)) {
    const [dimension, group, measure, numerator, denominator] = line.split(',')
    const key = `${dimension}|${measure}`
    const table = tables.get(key) ?? { total: null, groups: [] }
    const figure: [number, number] | null = numerator === 'suppressed' ? null : [Number(numerator), Number(denominator)]
    if (group === 'All') table.total = figure
    else table.groups.push(figure)
    tables.set(key, table)
  }
  return tables
}

describe('what the CSV shows', () => {
  it('lets no hidden figure be worked out, in any breakdown (property, by brute force)', () => {
    const family = ['Released with ID', 'Released with a bank account']
    fc.assert(
      fc.property(fc.array(anyRecord, { minLength: 10, maxLength: 40 }), records => {
        const tables = readCsv(outcomesCsv(allBreakdowns(records, TODAY)))
        // Brute force over every split of the hidden figures: the breakdowns of four groups, where it stays small.
        for (const dimension of DIMENSIONS.filter(d => d.groups.length <= 4)) {
          for (const m of MEASURES) {
            // The two measures of one family are attacked together: they share their counted.
            const names = family.includes(m.label) ? family : [m.label]
            const read = names.map(name => tables.get(`${dimension.label}|${name}`)!)
            if (read.some(t => !t.total)) continue
            const hidden = read[0]!.groups.flatMap((g, i) => (g ? [] : [i]))
            // Hidden groups' true figures never reach the CSV: the attacker has the total and the rows shown.
            const totals = Object.fromEntries(
              names.map((n, k) => [n, { numerator: read[k]!.total![0], denominator: read[k]!.total![1] }]),
            )
            const cells = Object.fromEntries(
              names.map((n, k) => [
                n,
                read[k]!.groups.map(g =>
                  g ? { numerator: g[0], denominator: g[1] } : { numerator: 0, denominator: 0 },
                ),
              ]),
            )
            assert.equal(recovered(names, totals, cells, hidden), false, `${dimension.label}: ${m.label}`)
          }
        }
      }),
      { numRuns: 60 },
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
