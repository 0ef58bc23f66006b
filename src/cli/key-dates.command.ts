import { deriveKeyDates, keyDatesSchema } from '../features/key-dates/index.ts'
import { jsonCommand } from './json-command.ts'

export const keyDatesCommand = jsonCommand({
  name: 'key-dates',
  summary: 'Derive the release, handover and deadline dates from a custody episode (JSON in, JSON out)',
  help: `Usage: echo '{"sentenceType":"determinate","arrivalDate":"2026-01-10","sentenceStartDate":"2026-01-10","conditionalReleaseDate":"2027-10-31"}' | npm run --silent resettle -- key-dates

Reads one JSON object on standard input: sentenceType (determinate, indeterminate, recall or immigration),
parole and earlyAllocation (true or false, default false), arrivalDate, sentenceStartDate, and where known
conditionalReleaseDate, automaticReleaseDate, paroleEligibilityDate, tariffExpiryDate, licenceExpiryDate,
sentenceExpiryDate (YYYY-MM-DD).

Prints earliestReleaseDate, handoverDate, comResponsibleFromStart, comAllocationOverdueFrom,
screeningDueDate and preReleaseReviewDueDate. Bad input exits 2 naming each field on standard error.`,
  schema: keyDatesSchema,
  answer: deriveKeyDates,
})
