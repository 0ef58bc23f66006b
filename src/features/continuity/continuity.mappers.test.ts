import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { practitionerChange, type AllocationRow } from './continuity.mappers.ts'

const row = (staffId: string | null, on: string, extra: Partial<AllocationRow> = {}): AllocationRow => ({
  id: `${staffId}-${on}`,
  kind: 'com',
  staff_id: staffId,
  staff_name: staffId ? `Staff ${staffId}` : null,
  allocated_by_name: 'Manager',
  allocated_on: on,
  reason_code: null,
  reason: null,
  handover_note: null,
  handover_meeting_date: null,
  handover_meeting_notes: null,
  letter_wanted: false,
  ...extra,
})
const b = { id: 'b', name: 'Staff b' }

describe('what the person is told of their practitioner', () => {
  it('names the COM on the record even when the history does not go back to them', () => {
    assert.deepEqual(practitionerChange([], b), {
      name: 'Staff b',
      since: null,
      previousName: null,
      why: null,
      whyCode: null,
      letterWanted: false,
    })
    assert.equal(practitionerChange([], null), null)
  })

  it('says who it was before and why, from the allocation that began the current run', () => {
    const rows = [
      row('a', '2025-01-01'),
      row(null, '2025-03-01'),
      row('b', '2025-04-01', { reason_code: 'moved-area', letter_wanted: true }),
      row('b', '2025-05-01'),
    ]
    assert.deepEqual(practitionerChange(rows, b), {
      name: 'Staff b',
      since: '2025-04-01',
      previousName: 'Staff a',
      why: 'you have moved to a new area',
      whyCode: 'moved-area',
      letterWanted: true,
    })
  })
})
