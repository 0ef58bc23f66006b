import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { csvCell, csvRecord } from './csv.ts'

/** Reads one CSV record back as RFC 4180 defines it, for the round trip. */
function parseRecord(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (c === ',' && !quoted) {
      cells.push(cell)
      cell = ''
    } else {
      cell += c
    }
  }
  cells.push(cell)
  return cells
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    assert.equal(csvCell('plain text'), 'plain text')
    assert.equal(csvCell('Smith, John'), '"Smith, John"')
    assert.equal(csvCell('say "no"'), '"say ""no"""')
    assert.equal(csvCell('two\nlines'), '"two\nlines"')
    assert.equal(csvCell(null), '')
    assert.equal(csvCell(42), '42')
  })

  it('keeps a spreadsheet from reading a cell as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      assert.ok(csvCell(`${start}HYPERLINK("http://x")`).replace(/^"/, '').startsWith(`'${start}`), start)
    }
    assert.equal(csvCell(-3), '-3', 'a number is a number, not text to defuse')
  })

  it('reads back as the values written, each record ending CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), values => {
        const record = csvRecord(values)
        assert.ok(record.endsWith('\r\n'))
        const back = parseRecord(record.slice(0, -2))
        assert.deepEqual(
          back,
          values.map(v => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)),
        )
      }),
    )
  })
})
