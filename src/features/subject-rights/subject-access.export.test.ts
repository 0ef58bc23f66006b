import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { heldSection, jsonValue } from './subject-access.export.ts'
import { columnLabel } from './subject-access.wording.ts'

describe('a column as a reader sees it', () => {
  it('is its name in words, with initialisms in capitals and declared labels first', () => {
    assert.equal(columnLabel('date_of_birth'), 'Date of birth')
    assert.equal(columnLabel('com_id'), 'COM ID')
    assert.equal(columnLabel('rosh'), 'RoSH')
    assert.equal(columnLabel('evidence', { evidence: 'Evidence file' }), 'Evidence file')
  })
})

describe('a value in the JSON export', () => {
  it('gives instants as ISO strings, files as base64 with their size, and leaves calendar dates as they are', () => {
    assert.equal(jsonValue(new Date('2026-01-02T03:04:05Z')), '2026-01-02T03:04:05.000Z')
    assert.deepEqual(jsonValue(new Uint8Array([1, 2, 3])), { bytes: 3, base64: 'AQID' })
    assert.equal(jsonValue('2026-01-02'), '2026-01-02')
    assert.deepEqual(jsonValue({ a: [null, 1n, true] }), { a: [null, 1, true] })
  })
})

describe('a section of what is held', () => {
  const rows = [
    { id: 'b', secret: 'x', name: 'Second', created_at: new Date('2026-02-01T00:00:00Z') },
    { id: 'a', secret: 'y', name: 'First', created_at: new Date('2026-01-01T00:00:00Z') },
  ]

  it('lists rows oldest first and leaves out what is declared secret', () => {
    const section = heldSection({ table: 't', label: 'Things', omit: ['secret'] }, rows)
    assert.deepEqual(
      section.columns.map(c => c.name),
      ['id', 'name', 'created_at'],
    )
    assert.deepEqual(
      section.rows.map(r => r.name),
      ['First', 'Second'],
    )
    assert.ok(!JSON.stringify(section).includes('secret'))
  })

  it('keeps only the columns declared where a table declares `only`, even with no rows', () => {
    assert.deepEqual(heldSection({ table: 't', label: 'Things', only: ['name'] }, rows).rows, [
      { name: 'First' },
      { name: 'Second' },
    ])
    assert.deepEqual(
      heldSection({ table: 't', label: 'Things', only: ['name'] }, []).columns.map(c => c.label),
      ['Name'],
    )
  })
})
