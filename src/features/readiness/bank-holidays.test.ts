/**
 * The kept bank holiday list was written by hand (GOV.UK's feed cannot be fetched here): these checks hold it
 * to the rules the dates follow in 2024–2027, so that a typing mistake cannot pass. Refreshing the file from
 * GOV.UK replaces the check, not the source: GOV.UK's list is the authority.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { addDays, dayOfWeek, fromParts } from '../../platform/dates/calendar-date.ts'
import { loadBankHolidays } from './bank-holidays.ts'

const { events, knownFrom, knownUntil } = loadBankHolidays()
const YEARS = [2024, 2025, 2026, 2027]
const MONDAY = 1

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return fromParts(year, month, day)
}

const firstMonday = (year: number, month: number) => {
  let day = fromParts(year, month, 1)
  while (dayOfWeek(day) !== MONDAY) day = addDays(day, 1)
  return day
}
const lastMonday = (year: number, month: number) => {
  let day = addDays(fromParts(year, month + 1, 1), -1)
  while (dayOfWeek(day) !== MONDAY) day = addDays(day, -1)
  return day
}
/** A holiday on a weekend moves to the next weekday not already taken. */
const substitute = (date: string, taken: string[] = []) => {
  let day = date
  while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6 || taken.includes(day)) day = addDays(day, 1)
  return day
}

function expectedFor(year: number) {
  const easter = easterSunday(year)
  const christmas = substitute(fromParts(year, 12, 25))
  return [
    ['New Year’s Day', substitute(fromParts(year, 1, 1))],
    ['Good Friday', addDays(easter, -2)],
    ['Easter Monday', addDays(easter, 1)],
    ['Early May bank holiday', firstMonday(year, 5)],
    ['Spring bank holiday', lastMonday(year, 5)],
    ['Summer bank holiday', lastMonday(year, 8)],
    ['Christmas Day', christmas],
    ['Boxing Day', substitute(fromParts(year, 12, 26), [christmas])],
  ]
}

describe('the bank holiday list for England and Wales', () => {
  it('covers at least 2024 to 2027, whole years, in date order, each date once', () => {
    assert.ok(knownFrom <= '2024-01-01', knownFrom)
    assert.ok(knownUntil >= '2027-12-31', knownUntil)
    assert.match(knownFrom, /-01-01$/)
    assert.match(knownUntil, /-12-31$/)
    const dates = events.map(e => e.date)
    assert.deepEqual(dates, [...dates].sort())
    assert.equal(new Set(dates).size, dates.length)
  })

  it('holds exactly the eight bank holidays of each year, on the days the rules give', () => {
    for (const year of YEARS) {
      const listed = events.filter(e => e.date.startsWith(String(year))).map(e => [e.title, e.date])
      assert.deepEqual(listed, expectedFor(year), String(year))
    }
  })

  it('agrees with dates known by heart', () => {
    const has = (date: string, title: string) => events.some(e => e.date === date && e.title === title)
    assert.ok(has('2025-04-18', 'Good Friday'))
    assert.ok(has('2026-12-28', 'Boxing Day'))
    assert.ok(has('2027-12-27', 'Christmas Day'))
    assert.ok(has('2027-12-28', 'Boxing Day'))
    for (const { date } of events) assert.ok(dayOfWeek(date) >= 1 && dayOfWeek(date) <= 5, `${date} is a weekday`)
  })

  it('refuses a file that is not GOV.UK’s england-and-wales division', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bank-holidays-'))
    const file = join(folder, 'scotland.json')
    writeFileSync(file, JSON.stringify({ division: 'scotland', events: [] }))
    assert.throws(() => loadBankHolidays(file), /not GOV.UK's england-and-wales bank holiday list/)
    writeFileSync(
      file,
      JSON.stringify({
        division: 'england-and-wales',
        events: [{ title: 'X', date: '2026-02-30', notes: '', bunting: true }],
      }),
    )
    assert.throws(() => loadBankHolidays(file), /not a calendar date/)
  })
})
