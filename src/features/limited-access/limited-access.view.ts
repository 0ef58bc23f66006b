import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { LimitedAccessEntry } from './limited-access.service.ts'

/** The choice between the two kinds of list, as GOV.UK radio items. */
export const KIND_ITEMS = [
  { value: 'exclusion', text: 'Exclude this member of staff' },
  {
    value: 'restriction',
    text: 'Restrict the case to this member of staff',
    hint: { text: 'Once a case has a restriction, only the staff named in restrictions can see it' },
  },
]

/** Each entry in words, and whether it can still be ended (it is in force, or has no end yet). */
export function entryRows(entries: readonly LimitedAccessEntry[]) {
  return entries.map(e => ({
    id: e.id,
    kind: e.kind === 'exclusion' ? 'Exclusion' : 'Restriction',
    staff: `${e.name} (${e.username})`,
    from: formatLongDate(e.startDate),
    until: e.endDate ? formatLongDate(e.endDate) : 'No end date',
    status: e.inForce
      ? { text: 'In force', classes: 'govuk-tag--red' }
      : { text: 'Not in force', classes: 'govuk-tag--grey' },
    message: e.message,
    endable: e.inForce || !e.endDate,
    endLabel: `the ${e.kind} for ${e.name}`,
  }))
}
