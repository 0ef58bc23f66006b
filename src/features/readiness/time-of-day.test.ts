import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { formatTime, parseTime } from './time-of-day.ts'

describe('times of day for appointments', () => {
  it('reads times as people type them', () => {
    const cases: [string, string][] = [
      ['10:30', '10:30'],
      ['9:05', '09:05'],
      ['14.30', '14:30'],
      ['2pm', '14:00'],
      ['2:30 PM', '14:30'],
      ['12am', '00:00'],
      ['12pm', '12:00'],
      ['12:15am', '00:15'],
      ['midday', '12:00'],
      ['Midnight', '00:00'],
      ['00:00', '00:00'],
    ]
    for (const [typed, kept] of cases) assert.equal(parseTime(typed), kept, typed)
  })

  it('refuses what is not a time, or could be morning or evening', () => {
    for (const typed of ['10', '25:00', '10:60', '13pm', '0am', 'soon', '', '10:3'])
      assert.equal(parseTime(typed), null, typed)
  })

  it('shows times in the GOV.UK style', () => {
    assert.equal(formatTime('10:30'), '10:30am')
    assert.equal(formatTime('14:00'), '2pm')
    assert.equal(formatTime('12:00'), 'midday')
    assert.equal(formatTime('00:00'), 'midnight')
    assert.equal(formatTime('00:05'), '12:05am')
    assert.equal(formatTime('12:45'), '12:45pm')
    assert.equal(formatTime(null), '')
  })

  it('reads back every time it shows', () => {
    const times = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    fc.assert(fc.property(times, time => assert.equal(parseTime(formatTime(time)), time)))
  })
})
