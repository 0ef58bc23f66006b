import { todayInLondon } from '../platform/dates/calendar-date.ts'
import { checkDisclosure, disclosureInputSchema } from '../features/disclosure/index.ts'
import { jsonCommand } from './json-command.ts'

export const disclosureCommand = jsonCommand({
  name: 'disclosure',
  summary: 'When each caution or conviction becomes spent, and DBS filtering (JSON in, JSON out)',
  help: `Usage: npm run --silent resettle -- disclosure < records.json

Reads one JSON object on standard input, the same as POST /api/v1/disclosure/check:
  { "dateOfBirth": "1990-05-01",
    "records": [ { "kind": "conviction", "date": "2016-03-10",
                   "disposals": [ { "type": "custodial_sentence", "length": { "amount": 18, "unit": "months" } } ] } ] }

Prints { "records": [ { "spent": ..., "explanation": ..., "filtering": ... } ] }, one per record in order,
where spent is the first day the record is spent (YYYY-MM-DD), "immediately", "never" or "indefinite".
Bad input exits 2 naming each field on standard error. This is not legal advice.`,
  schema: disclosureInputSchema,
  answer: input => checkDisclosure(input, { today: todayInLondon() }),
})
