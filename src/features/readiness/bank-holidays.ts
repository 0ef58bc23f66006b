import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { isIsoDate } from '../../platform/dates/calendar-date.ts'
import type { BankHolidayCalendar } from './release-day.rules.ts'

/**
 * Bank holidays in England and Wales, kept as GOV.UK publishes them: the "england-and-wales" division of
 * https://www.gov.uk/bank-holidays.json. The README says how to refresh the file.
 */
export const BANK_HOLIDAYS_FILE = join(import.meta.dirname, 'bank-holidays.england-and-wales.json')

const divisionSchema = z.object({
  division: z.literal('england-and-wales'),
  events: z
    .array(
      z.object({
        title: z.string().min(1),
        date: z.string().refine(isIsoDate, 'not a calendar date'),
        notes: z.string(),
        bunting: z.boolean(),
      }),
    )
    .min(1),
})

/** Reads and checks the file; a malformed file stops the service at start rather than giving wrong warnings. */
export function loadBankHolidays(file = BANK_HOLIDAYS_FILE): BankHolidayCalendar {
  const parsed = divisionSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success)
    throw new Error(`${file} is not GOV.UK's england-and-wales bank holiday list: ${parsed.error.message}`)
  const events = parsed.data.events
    .map(({ date, title }) => ({ date, title }))
    .sort((a, b) => a.date.localeCompare(b.date))
  const years = events.map(e => e.date.slice(0, 4))
  return { events, knownFrom: `${years[0]}-01-01`, knownUntil: `${years.at(-1)}-12-31` }
}
