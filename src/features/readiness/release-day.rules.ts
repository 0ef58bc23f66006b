/**
 * Whether a release day needs planning earlier: a release on a Friday, or just before a bank holiday in
 * England and Wales, leaves the person facing closed offices (council housing teams, Jobcentres, GP surgeries,
 * pharmacies, banks) on their first days out. Pure: the bank holidays are an argument, read by the loader.
 */
import { addDays, dayOfWeek, type IsoDate } from '../../platform/dates/calendar-date.ts'

export interface BankHoliday {
  date: IsoDate
  title: string
}

export interface BankHolidayCalendar {
  events: readonly BankHoliday[]
  /** The first and last days the list covers (whole years): outside them, nobody can say. */
  knownFrom: IsoDate
  knownUntil: IsoDate
}

export type ReleaseDayWarning =
  | { kind: 'friday' }
  | { kind: 'before-bank-holiday'; holiday: BankHoliday }
  | { kind: 'bank-holidays-not-known'; knownUntil: IsoDate }

export interface ReleaseDayCheck {
  warnings: ReleaseDayWarning[]
  /** The days straight after release on which offices are closed (weekends and bank holidays). */
  closedDaysAfter: IsoDate[]
}

const SATURDAY = 6
const SUNDAY = 0
const FRIDAY = 5

/**
 * Plan earlier when the release falls on a Friday, or when a bank holiday falls in the closed days straight
 * after it: the day before a bank holiday, and the Friday or weekend before a bank holiday Monday. When the
 * release (or the days after it) falls beyond the bank holiday list, that is said rather than guessed.
 */
export function checkReleaseDay(release: IsoDate, calendar: BankHolidayCalendar): ReleaseDayCheck {
  const holidays = new Map(calendar.events.map(e => [e.date, e]))
  const closedDaysAfter: IsoDate[] = []
  let day = addDays(release, 1)
  while (isWeekend(day) || holidays.has(day)) {
    closedDaysAfter.push(day)
    day = addDays(day, 1)
  }
  const warnings: ReleaseDayWarning[] = []
  if (dayOfWeek(release) === FRIDAY) warnings.push({ kind: 'friday' })
  const holiday = closedDaysAfter.map(d => holidays.get(d)).find(h => h !== undefined)
  if (holiday) warnings.push({ kind: 'before-bank-holiday', holiday })
  if (release < calendar.knownFrom || day > calendar.knownUntil) {
    warnings.push({ kind: 'bank-holidays-not-known', knownUntil: calendar.knownUntil })
  }
  return { warnings, closedDaysAfter }
}

function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date)
  return weekday === SATURDAY || weekday === SUNDAY
}
