import type { IsoDate } from '../dates/calendar-date.ts'

/**
 * A moment in the working day of a date, for sample rows' `created_at` and `updated_at`: left to the database's
 * default they would all say the moment the sample was loaded, after everything they record.
 */
export function duringWorkingDay(date: IsoDate): string {
  return `${date}T10:30:00Z`
}
