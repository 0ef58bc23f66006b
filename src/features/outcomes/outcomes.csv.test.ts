import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { breakdown } from './outcomes.dashboard.ts'
import { outcomesCsv } from './outcomes.csv.ts'
import { DIMENSION_BY_KEY } from './outcomes.groups.ts'

describe('the CSV', () => {
  it('writes a hidden figure as "suppressed" and never its number, and quotes what needs quoting', () => {
    const dimension = DIMENSION_BY_KEY['sex']!
    const measures = breakdown([], dimension, '2026-11-23')
    const csv = outcomesCsv([{ dimension: { ...dimension, label: 'Sex, "as recorded"' }, measures }])
    const lines = csv.trim().split('\r\n')
    assert.equal(lines.length, 1 + measures.length * (dimension.groups.length + 1))
    assert.ok(lines.slice(1).every(l => l.startsWith('"Sex, ""as recorded""",') && l.includes('suppressed')))
  })

  it('neutralises a leading formula character', () => {
    const dimension = { ...DIMENSION_BY_KEY['sex']!, label: '=HYPERLINK("x")' }
    const csv = outcomesCsv([{ dimension, measures: breakdown([], dimension, '2026-11-23') }])
    assert.match(csv.split('\r\n')[1]!, /^"'=HYPERLINK\(""x""\)"/)
  })
})
