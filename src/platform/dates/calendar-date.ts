/**
 * Calendar dates as ISO strings (YYYY-MM-DD), with no time of day and no time zone.
 * Legal dates must never drift by a day because of the server's clock or zone, so all arithmetic
 * goes through UTC day numbers rather than local `Date` objects.
 */
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`)
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/** Formats parts as YYYY-MM-DD; throws for a year outside 0000–9999, which has no ISO calendar-date string. */
export function fromParts(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`year out of range: ${year}`)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days in a month (1–12) of the proleptic Gregorian calendar; months outside 1–12 roll into the next or previous years. */
export function daysInMonth(year: number, month: number): number {
  const index = year * 12 + (month - 1)
  const m = mod(index, 12) + 1
  if (m === 2) return isLeapYear(Math.floor(index / 12)) ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Days since 1970-01-01. Pure arithmetic (H. Hinnant's days_from_civil), because `Date.UTC` maps the
 * years 0–99 to 1900–1999.
 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`not a whole day number: ${dayNumber}`)
  const d = new Date(dayNumber * MS_PER_DAY)
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`)
  return fromDayNumber(toDayNumber(date) + days)
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7)
}

/** Calendar months, with the day clamped to the end of a shorter month (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`)
  const { year, month, day } = parts(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = mod(index, 12) + 1
  return fromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12)
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a > b
}

export function earliest(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  const known = dates.filter((d): d is IsoDate => Boolean(d))
  return known.length ? known.reduce((a, b) => (a < b ? a : b)) : null
}

export function latest(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  const known = dates.filter((d): d is IsoDate => Boolean(d))
  return known.length ? known.reduce((a, b) => (a > b ? a : b)) : null
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return mod(toDayNumber(date) + 4, 7) // 1970-01-01 was a Thursday
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's calendar date in England and Wales, for callers at the edge (rules take today as an argument). */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const found = Object.fromEntries(LONDON.formatToParts(now).map(p => [p.type, p.value]))
  return fromParts(Number(found.year), Number(found.month), Number(found.day))
}

/** "14 January 2025", the MoJ style for dates. */
export function formatLongDate(date: IsoDate | null | undefined): string {
  if (!date) return ''
  const { year, month, day } = parts(date)
  return `${day} ${MONTHS[month - 1]} ${year}`
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m
}

/** The months' names in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
