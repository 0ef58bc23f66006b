/** Days of the week checked against a calendar by hand; bank holidays are GOV.UK's, from the kept list. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays, dayOfWeek } from '../../platform/dates/calendar-date.ts'
import { loadBankHolidays } from './bank-holidays.ts'
import { checkReleaseDay, type BankHolidayCalendar } from './release-day.rules.ts'

const calendar = loadBankHolidays()
const kinds = (release: string, holidays: BankHolidayCalendar = calendar) =>
  checkReleaseDay(release, holidays).warnings.map(w => w.kind)

describe('planning the release day earlier', () => {
  it('warns of a Friday release, and of nothing on an ordinary weekday', () => {
    assert.deepEqual(kinds('2026-05-15'), ['friday']) // Friday
    assert.deepEqual(checkReleaseDay('2026-05-15', calendar).closedDaysAfter, ['2026-05-16', '2026-05-17'])
    for (const weekday of ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14']) {
      assert.deepEqual(kinds(weekday), [], weekday)
      assert.deepEqual(checkReleaseDay(weekday, calendar).closedDaysAfter, [], weekday)
    }
  })

  it('warns the day before a bank holiday, naming it, and counts the closed days after', () => {
    // Thursday 2 April 2026: Good Friday, the weekend and Easter Monday follow.
    const easter = checkReleaseDay('2026-04-02', calendar)
    assert.deepEqual(easter.warnings, [
      { kind: 'before-bank-holiday', holiday: { date: '2026-04-03', title: 'Good Friday' } },
    ])
    assert.deepEqual(easter.closedDaysAfter, ['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06'])
    // Wednesday 24 December 2025: Christmas Day and Boxing Day, then the weekend.
    const christmas = checkReleaseDay('2025-12-24', calendar)
    assert.deepEqual(kinds('2025-12-24'), ['before-bank-holiday'])
    assert.equal(christmas.closedDaysAfter.length, 4)
    // Tuesday 30 December 2025: New Year's Day is a Thursday, so Wednesday is open.
    assert.deepEqual(kinds('2025-12-30'), [])
    assert.deepEqual(kinds('2025-12-31'), ['before-bank-holiday'])
  })

  it('warns of both on the Friday before a bank holiday Monday, and of the substitute Boxing Day', () => {
    assert.deepEqual(kinds('2026-05-22'), ['friday', 'before-bank-holiday']) // Spring bank holiday, 25 May
    assert.equal(checkReleaseDay('2026-05-22', calendar).closedDaysAfter.length, 3)
    // Thursday 24 December 2026: Christmas Day (Friday), the weekend, Boxing Day substitute (Monday 28th).
    const christmas = checkReleaseDay('2026-12-24', calendar)
    assert.deepEqual(christmas.closedDaysAfter, ['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28'])
    assert.equal(christmas.warnings.length, 1)
  })

  it('does not warn the day after a bank holiday, nor on the Friday before an ordinary weekend Monday', () => {
    assert.deepEqual(kinds('2026-05-26'), []) // Tuesday after the spring bank holiday
    assert.deepEqual(kinds('2026-04-07'), [])
  })

  it('says when the release or the days after it fall beyond the bank holiday list', () => {
    const list: BankHolidayCalendar = {
      events: calendar.events.filter(e => e.date >= '2024-01-01' && e.date <= '2027-12-31'),
      knownFrom: '2024-01-01',
      knownUntil: '2027-12-31',
    }
    assert.deepEqual(kinds('2027-12-30', list), [])
    // Friday 31 December 2027: the following Monday may be a bank holiday the list does not hold.
    assert.deepEqual(kinds('2027-12-31', list), ['friday', 'bank-holidays-not-known'])
    assert.deepEqual(kinds('2028-06-06', list), ['bank-holidays-not-known'])
    assert.deepEqual(kinds('2023-06-06', list), ['bank-holidays-not-known'])
  })

  it('holds for any date: Friday iff a Friday, closed days run from the next day to the next working day', () => {
    const holidays = new Set(calendar.events.map(e => e.date))
    const closed = (d: string) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6 || holidays.has(d)
    const days = fc.integer({ min: 0, max: 4 * 366 }).map(n => addDays('2024-01-01', n))
    fc.assert(
      fc.property(days, release => {
        const { warnings, closedDaysAfter } = checkReleaseDay(release, calendar)
        assert.equal(
          warnings.some(w => w.kind === 'friday'),
          dayOfWeek(release) === 5,
        )
        closedDaysAfter.forEach((day, i) => {
          assert.equal(day, addDays(release, i + 1))
          assert.ok(closed(day))
        })
        assert.ok(!closed(addDays(release, closedDaysAfter.length + 1)))
        assert.equal(
          warnings.some(w => w.kind === 'before-bank-holiday'),
          closedDaysAfter.some(d => holidays.has(d)),
        )
      }),
      { numRuns: 1000 },
    )
  })
})
