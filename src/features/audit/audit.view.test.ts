import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { csvLine, detailItems } from './audit.view.ts'

describe("an audit entry's details for people who read them", () => {
  it('labels each field in words and lists its values', () => {
    assert.deepEqual(detailItems({ courtReportIds: ['a', 'b'], reason_code: 'moved', view: 'plan' }), [
      { label: 'Court report ids', value: 'a, b' },
      { label: 'Reason code', value: 'moved' },
      { label: 'View', value: 'plan' },
    ])
  })

  it('says yes, no and none, names changed fields in words, and reads nested details', () => {
    assert.deepEqual(detailItems({ restricted: true, stage: null, fields: ['first_name', 'date_of_birth'] }), [
      { label: 'Restricted', value: 'Yes' },
      { label: 'Stage', value: 'None' },
      { label: 'Fields', value: 'first name, date of birth' },
    ])
    assert.deepEqual(detailItems({ filters: { page: 2, stageName: 'due-out' } }), [
      { label: 'Filters', value: 'Page: 2; Stage name: due-out' },
    ])
  })

  it('writes an export line with every column, formulas defused', () => {
    const line = csvLine({
      id: 7,
      occurred_at: new Date('2026-11-30T10:00:00Z'),
      actor_username: '=cmd',
      action: 'person.viewed',
      outcome: 'success',
      subject_crn: 'X123456',
      subject_name: 'Smith, John',
      subject_person_id: '00000000-0000-4000-8000-000000000001',
      correlation_id: null,
      details: { fields: ['first_name'] },
      justification: null,
    })
    assert.equal(
      line,
      '7,2026-11-30T10:00:00.000Z,\'=cmd,person.viewed,success,X123456,"Smith, John",00000000-0000-4000-8000-000000000001,,Fields: first name,\r\n',
    )
  })
})
