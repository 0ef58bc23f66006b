import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  earliest,
  formatLongDate,
  fromDayNumber,
  fromParts,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  latest,
  parts,
  toDayNumber,
  todayInLondon,
} from './calendar-date.ts'

/** Dates generated without the module under test: JavaScript's own UTC calendar. */
const isoDates = (min = '0000-01-01', max = '9999-12-31') =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map(d => d.toISOString().slice(0, 10))
const legalDates = () => isoDates('1600-01-01', '2400-12-31')

/** An independent oracle: does JavaScript's UTC calendar hold this year, month and day? */
function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

describe('isIsoDate', () => {
  it('accepts real calendar dates, 29 February only in leap years', () => {
    for (const date of [
      '2024-01-01',
      '2024-02-29',
      '2000-02-29',
      '2025-12-31',
      '1970-01-01',
      '0000-02-29',
      '9999-12-31',
    ])
      assert.equal(isIsoDate(date), true, date)
  })

  it('refuses dates that do not exist', () => {
    for (const date of ['2023-02-29', '1900-02-29', '2100-02-29', '0100-02-29', '2024-02-30', '2024-04-31'])
      assert.equal(isIsoDate(date), false, date)
    for (const date of ['2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32'])
      assert.equal(isIsoDate(date), false, date)
  })

  it('refuses anything but YYYY-MM-DD', () => {
    const wrong = ['2024-1-01', '2024-01-1', '24-01-01', '20240101', '14/01/2025', '2024/01/01', '+02024-01-01']
    const padded = [' 2024-01-01', '2024-01-01 ', '2024-01-01\n', '2024-01-01T00:00:00Z', '２０２４-01-01', '']
    for (const date of [...wrong, ...padded]) assert.equal(isIsoDate(date), false, JSON.stringify(date))
  })

  it('refuses values that are not strings', () => {
    for (const value of [20240101, null, undefined, new Date('2024-01-01'), {}, ['2024-01-01'], true])
      assert.equal(isIsoDate(value), false, String(value))
  })

  it('agrees with the JavaScript calendar for any year, month and day (property)', () => {
    const fields = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    fc.assert(
      fc.property(fields, ([y, m, d]) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        assert.equal(isIsoDate(text), m >= 1 && m <= 12 && realDate(y, m, d), text)
      }),
    )
  })

  it('never throws on any string (property)', () => {
    fc.assert(fc.property(fc.string(), s => typeof isIsoDate(s) === 'boolean'))
  })
})

describe('parts and fromParts', () => {
  it('splits and joins a date', () => {
    assert.deepEqual(parts('2025-01-14'), { year: 2025, month: 1, day: 14 })
    assert.equal(fromParts(2025, 1, 14), '2025-01-14')
    assert.equal(fromParts(5, 3, 7), '0005-03-07')
  })

  it('refuses what is not a calendar date or year', () => {
    assert.throws(() => parts('2023-02-29'), RangeError)
    assert.throws(() => fromParts(-1, 1, 1), RangeError)
    assert.throws(() => fromParts(10000, 1, 1), RangeError)
    assert.throws(() => fromParts(2024.5, 1, 1), RangeError)
  })
})

describe('daysInMonth and isLeapYear', () => {
  it('knows the length of each month', () => {
    assert.deepEqual(
      Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1)),
      [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    )
    assert.equal(daysInMonth(2024, 2), 29)
  })

  it('follows the Gregorian leap-year rule, years 0–99 included', () => {
    assert.deepEqual([2024, 2000, 1600, 0, 4].map(isLeapYear), [true, true, true, true, true])
    assert.deepEqual([2023, 1900, 2100, 100, 1].map(isLeapYear), [false, false, false, false, false])
    assert.equal(daysInMonth(1900, 2), 28)
    assert.equal(daysInMonth(2000, 2), 29)
    assert.equal(daysInMonth(0, 2), 29)
    assert.equal(daysInMonth(1, 2), 28)
  })

  it('rolls months outside 1–12 into the next or previous year, as before', () => {
    assert.equal(daysInMonth(2024, 13), 31) // January 2025
    assert.equal(daysInMonth(2024, 14), 28) // February 2025
    assert.equal(daysInMonth(2024, 0), 31) // December 2023
    assert.equal(daysInMonth(2025, -10), 29) // February 2024
  })
})

describe('day numbers', () => {
  it('counts days from 1 January 1970', () => {
    assert.equal(toDayNumber('1970-01-01'), 0)
    assert.equal(toDayNumber('1970-01-02'), 1)
    assert.equal(toDayNumber('1969-12-31'), -1)
    assert.equal(toDayNumber('2000-01-01'), 10_957)
    assert.equal(toDayNumber('2024-01-01'), 19_723)
    assert.equal(toDayNumber('0000-03-01'), -719_468)
  })

  it('turns day numbers back into dates', () => {
    assert.equal(fromDayNumber(0), '1970-01-01')
    assert.equal(fromDayNumber(19_723), '2024-01-01')
    assert.equal(fromDayNumber(-719_468), '0000-03-01')
    assert.throws(() => fromDayNumber(1.5), RangeError)
  })

  it('does not map the years 0–99 to the 1900s', () => {
    assert.equal(addDays('0050-12-31', 1), '0051-01-01')
    assert.equal(addDays('0004-02-28', 1), '0004-02-29')
    assert.equal(daysBetween('0099-01-01', '0100-01-01'), 365)
  })

  it('matches the JavaScript UTC calendar and round-trips (property)', () => {
    fc.assert(
      fc.property(isoDates(), date => {
        assert.equal(toDayNumber(date), Date.parse(`${date}T00:00:00Z`) / 86_400_000)
        assert.equal(fromDayNumber(toDayNumber(date)), date)
      }),
    )
  })
})

describe('addDays and addWeeks', () => {
  it('crosses month, year and leap-day boundaries', () => {
    assert.equal(addDays('2024-12-31', 1), '2025-01-01')
    assert.equal(addDays('2025-01-01', -1), '2024-12-31')
    assert.equal(addDays('2024-03-01', -1), '2024-02-29')
    assert.equal(addDays('2023-03-01', -1), '2023-02-28')
    assert.equal(addDays('2024-01-01', 366), '2025-01-01')
    assert.equal(addDays('2023-01-01', 365), '2024-01-01')
    assert.equal(addDays('2025-01-14', 0), '2025-01-14')
  })

  it('adds whole weeks', () => {
    assert.equal(addWeeks('2025-01-14', 12), '2025-04-08')
    assert.equal(addWeeks('2025-04-08', -12), '2025-01-14')
  })

  it('refuses a fraction of a day', () => {
    assert.throws(() => addDays('2025-01-14', 0.5), RangeError)
  })

  it('is consistent with daysBetween and undoes itself (property)', () => {
    const days = fc.integer({ min: -20_000, max: 20_000 })
    fc.assert(
      fc.property(legalDates(), days, days, (date, a, b) => {
        assert.equal(addDays(addDays(date, a), -a), date)
        assert.equal(daysBetween(date, addDays(date, a)), a)
        assert.equal(addDays(date, a + b), addDays(addDays(date, a), b))
        assert.equal(addWeeks(date, a), addDays(date, a * 7))
      }),
    )
  })
})

describe('addMonths and addYears', () => {
  it('clamps to the end of a shorter month (31 October less 8 months)', () => {
    assert.equal(addMonths('2023-10-31', -8), '2023-02-28')
    assert.equal(addMonths('2024-10-31', -8), '2024-02-29')
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28')
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29')
    assert.equal(addMonths('2025-03-31', 1), '2025-04-30')
    assert.equal(addMonths('2025-12-31', -8), '2025-04-30')
  })

  it('takes 29 February to 28 February in a common year', () => {
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28')
    assert.equal(addMonths('2024-02-29', -12), '2023-02-28')
    assert.equal(addMonths('2024-02-29', 48), '2028-02-29')
    assert.equal(addYears('2024-02-29', 1), '2025-02-28')
    assert.equal(addYears('2024-02-29', -4), '2020-02-29')
  })

  it('crosses year boundaries both ways', () => {
    assert.equal(addMonths('2025-01-15', -1), '2024-12-15')
    assert.equal(addMonths('2024-12-31', 2), '2025-02-28')
    assert.equal(addMonths('2025-03-31', -13), '2024-02-29')
    assert.equal(addMonths('2025-05-31', -15), '2024-02-29')
    assert.equal(addMonths('2024-11-30', 14), '2026-01-30')
    assert.equal(addMonths('2025-01-15', -25), '2022-12-15')
  })

  it('knows century leap years', () => {
    assert.equal(addMonths('2100-03-31', -1), '2100-02-28')
    assert.equal(addMonths('2000-03-31', -1), '2000-02-29')
  })

  it('works at the edges of four-digit years and refuses to leave them', () => {
    assert.equal(addMonths('0000-02-15', -1), '0000-01-15')
    assert.equal(addMonths('0001-01-31', -1), '0000-12-31')
    assert.throws(() => addMonths('0000-01-15', -1), RangeError)
    assert.throws(() => addMonths('9999-12-01', 1), RangeError)
  })

  it('adds nothing for zero months and refuses a fraction of a month', () => {
    assert.equal(addMonths('2025-01-31', 0), '2025-01-31')
    assert.throws(() => addMonths('2025-01-31', 1.5), RangeError)
  })

  it('moves by exactly n months and keeps the day unless the month is shorter (property)', () => {
    fc.assert(
      fc.property(legalDates(), fc.integer({ min: -240, max: 240 }), (date, n) => {
        const from = parts(date)
        const to = parts(addMonths(date, n))
        assert.equal(to.year * 12 + to.month - (from.year * 12 + from.month), n)
        assert.equal(to.day, Math.min(from.day, daysInMonth(to.year, to.month)))
      }),
    )
  })

  it('never reorders two dates and undoes itself when no day was clamped (property)', () => {
    fc.assert(
      fc.property(legalDates(), legalDates(), fc.integer({ min: -240, max: 240 }), (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        assert.ok(addMonths(early, n) <= addMonths(late, n))
        if (parts(a).day <= 28) assert.equal(addMonths(addMonths(a, n), -n), a)
        assert.equal(addYears(a, Math.trunc(n / 12)), addMonths(a, Math.trunc(n / 12) * 12))
      }),
    )
  })
})

describe('comparing dates', () => {
  it('orders dates', () => {
    assert.equal(compareDates('2024-01-01', '2024-01-02'), -1)
    assert.equal(compareDates('2024-01-02', '2024-01-01'), 1)
    assert.equal(compareDates('2024-01-01', '2024-01-01'), 0)
    assert.equal(isBefore('2023-12-31', '2024-01-01'), true)
    assert.equal(isBefore('2024-01-01', '2024-01-01'), false)
    assert.equal(isAfter('2024-01-01', '2023-12-31'), true)
    assert.equal(isAfter('2024-01-01', '2024-01-01'), false)
  })

  it('finds the earliest and latest known dates, ignoring unknown ones', () => {
    assert.equal(earliest('2025-03-01', null, '2024-12-31', undefined), '2024-12-31')
    assert.equal(latest('2025-03-01', null, '2024-12-31', undefined), '2025-03-01')
    assert.equal(earliest(), null)
    assert.equal(latest(null, undefined), null)
  })

  it('counts days between dates, negative going back', () => {
    assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366)
    assert.equal(daysBetween('2025-01-01', '2024-01-01'), -366)
    assert.equal(daysBetween('2025-02-01', '2025-03-01'), 28)
  })

  it('orders dates as their day numbers do (property)', () => {
    fc.assert(
      fc.property(isoDates(), isoDates(), (a, b) => {
        assert.equal(compareDates(a, b), Math.sign(toDayNumber(a) - toDayNumber(b)))
        assert.equal(compareDates(a, b) + compareDates(b, a), 0)
      }),
    )
  })
})

describe('dayOfWeek', () => {
  it('names the day, 0 for Sunday', () => {
    assert.equal(dayOfWeek('1970-01-01'), 4) // Thursday
    assert.equal(dayOfWeek('1969-12-31'), 3) // Wednesday
    assert.equal(dayOfWeek('2000-01-01'), 6) // Saturday
    assert.equal(dayOfWeek('2024-12-25'), 3) // Wednesday
    assert.equal(dayOfWeek('2025-01-14'), 2) // Tuesday
    assert.equal(dayOfWeek('2025-01-12'), 0) // Sunday
  })

  it('agrees with the JavaScript calendar (property)', () => {
    fc.assert(fc.property(isoDates(), date => dayOfWeek(date) === new Date(`${date}T00:00:00Z`).getUTCDay()))
  })
})

describe('todayInLondon', () => {
  it('gives the date in England and Wales, in summer time and out of it', () => {
    assert.equal(todayInLondon(new Date('2024-06-30T23:30:00Z')), '2024-07-01') // 00:30 BST
    assert.equal(todayInLondon(new Date('2024-12-31T23:30:00Z')), '2024-12-31') // 23:30 GMT
    assert.equal(todayInLondon(new Date('2024-03-31T00:59:00Z')), '2024-03-31') // before the clocks go forward
    assert.equal(todayInLondon(new Date('2024-10-26T23:30:00Z')), '2024-10-27') // 00:30 BST, before they go back
  })

  it('gives an ISO date for now', () => {
    assert.equal(isIsoDate(todayInLondon()), true)
  })
})

describe('formatLongDate', () => {
  it('writes dates the MoJ way', () => {
    assert.equal(formatLongDate('2025-01-14'), '14 January 2025')
    assert.equal(formatLongDate('2024-02-09'), '9 February 2024')
    assert.equal(formatLongDate('2024-12-31'), '31 December 2024')
  })

  it('writes nothing for an unknown date', () => {
    assert.equal(formatLongDate(null), '')
    assert.equal(formatLongDate(undefined), '')
  })
})
