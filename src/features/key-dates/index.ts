import { defineFeature } from '../../platform/features/feature.ts'
import { keyDatesApi } from './key-dates.api.ts'

/** The Offender Management in Custody key-date rules, and their API for anyone to call. */
export const keyDates = defineFeature({
  name: 'keyDates',
  api: (_service, routes) => keyDatesApi(routes),
})

export { createKeyDatesRepository } from './key-dates.repository.ts'
export { deriveKeyDates } from './key-dates.rules.ts'
export {
  contradictions,
  keyDatesResponse,
  keyDatesSchema,
  SENTENCE_TYPES,
  type SentenceType,
} from './key-dates.schemas.ts'
export {
  keyDatesForEpisode,
  keyDatesForEpisodeRow,
  refreshStoredKeyDates,
  storedKeyDates,
} from './key-dates.service.ts'
