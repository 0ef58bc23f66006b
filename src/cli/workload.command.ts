import { calculateWorkload, workloadInputSchema } from '../features/workload/index.ts'
import { jsonCommand } from './json-command.ts'

export const workloadCommand = jsonCommand({
  name: 'workload',
  summary: 'Workload points, available points and capacity of a caseload (JSON in, JSON out)',
  help: `Usage: npm run --silent resettle -- workload < input.json

Reads one JSON object on standard input, the same as POST /api/v1/workload/calculate:
  { "grade": "PO", "contractedHours": 37, "reductionHours": 0,
    "cases": [ { "tier": "B2", "type": "community", "count": 10 } ],
    "courtReports": { "standard": 1, "fast": 2 } }
grade is PO, PQiP or PSO; contractedHours more than 0 and at most 48; reductionHours (default 0) at most the
contracted hours; tier A3 to D0; type community, licence or custody; counts whole numbers from 0 to 100,000;
courtReports optional.

Prints { "points": ..., "availablePoints": ..., "capacityPercent": ... }, capacityPercent to one decimal
place, or null when no points are available. Bad input exits 2 naming each field on standard error.
These are HMPPS's own rules (its workload service's CapacityCalculator).`,
  schema: workloadInputSchema,
  answer: calculateWorkload,
})
