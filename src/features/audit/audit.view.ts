import { csvRecord } from '../../platform/csv/csv.ts'
import type { AuditEntryRow } from './audit.repository.ts'

export interface DetailItem {
  label: string
  value: string
}

/** "courtReportIds" or "reason_code" as a reader says it: "Court report ids", "Reason code". */
function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function valueOf(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.length ? value.map(valueOf).join(', ') : 'None'
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${labelOf(key)}: ${valueOf(inner)}`)
      .join('; ')
  // Field names are written as the schema has them: first_name reads as "first name".
  return typeof value === 'string' && /^[a-z]+(_[a-z]+)+$/.test(value) ? value.replaceAll('_', ' ') : String(value)
}

/** An entry's details as labelled fields, in the order they were written. */
export function detailItems(details: Record<string, unknown>): DetailItem[] {
  return Object.entries(details).map(([key, value]) => ({ label: labelOf(key), value: valueOf(value) }))
}

export const CSV_HEADINGS = [
  'Id',
  'When (UTC)',
  'Who',
  'Action',
  'Outcome',
  'CRN',
  'Person',
  'Person id',
  'Correlation id',
  'Details',
  'Justification',
]

/** One entry as a line of the investigation export. */
export function csvLine(entry: AuditEntryRow): string {
  return csvRecord([
    entry.id,
    entry.occurred_at.toISOString(),
    entry.actor_username,
    entry.action,
    entry.outcome,
    entry.subject_crn,
    entry.subject_name,
    entry.subject_person_id,
    entry.correlation_id,
    detailItems(entry.details)
      .map(item => `${item.label}: ${item.value}`)
      .join('; '),
    entry.justification,
  ])
}

/** The action filter's choices: any, then every action the trail can hold. */
export function actionItems(actions: readonly string[]) {
  return [{ value: '', text: 'Any action' }, ...actions.map(action => ({ value: action, text: action }))]
}
