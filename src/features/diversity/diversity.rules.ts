/** Age from the date of birth, and the dashboard's age bands. Pure: the day is an argument. */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { AGE_BANDS, type AgeBand } from './diversity.catalogue.ts'

/** Whole years on the day given; a birthday on 29 February is reached on 1 March in a common year. */
export function ageOn(dateOfBirth: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const hadBirthday = m > bm || (m === bm && d >= bd)
  return y - by - (hadBirthday ? 0 : 1)
}

const LOWER_BOUNDS: Record<AgeBand, number> = {
  'under-25': 0,
  '25-29': 25,
  '30-39': 30,
  '40-49': 40,
  '50-59': 50,
  '60+': 60,
}

export function ageBand(age: number): AgeBand {
  let band: AgeBand = AGE_BANDS[0]
  for (const b of AGE_BANDS) if (age >= LOWER_BOUNDS[b]) band = b
  return band
}
