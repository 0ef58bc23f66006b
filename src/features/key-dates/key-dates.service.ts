import { explainKeyDates, type KeyDatesExplained } from './key-dates.rules.ts'
import { keyDatesSchema, type KeyDatesRequest } from './key-dates.schemas.ts'

/**
 * The deadlines that follow from a custody episode's recorded dates, or null when the record lacks what
 * the rules need (for example an old indeterminate record with no tariff): pages then show "Not known".
 */
export function keyDatesForEpisode(episode: KeyDatesRequest): KeyDatesExplained | null {
  const parsed = keyDatesSchema.safeParse(episode)
  return parsed.success ? explainKeyDates(parsed.data) : null
}
