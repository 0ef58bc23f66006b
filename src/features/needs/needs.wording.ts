import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { Deadline, PathwayChange } from './needs.rules.ts'

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`

/** Where a deadline stands, in the words pages and the handover report use. Overdue and due today also show a tag. */
export function deadlineWords(d: Deadline): string {
  switch (d.state) {
    case 'done':
      return `Done on ${formatLongDate(d.doneOn)}`
    case 'done-late':
      return `Done on ${formatLongDate(d.doneOn)}, ${days(d.days ?? 0)} late`
    case 'overdue':
      return `Was due by ${formatLongDate(d.dueDate)}, ${days(d.days ?? 0)} ago`
    case 'due-today':
      return `Due by ${formatLongDate(d.dueDate)}`
    case 'due':
      return `Due by ${formatLongDate(d.dueDate)}, in ${days(d.days ?? 0)}`
    default:
      return 'Not known until there is an earliest release date'
  }
}

/** What changed in a pathway since arrival, in words. */
export const CHANGE_WORDS: Record<PathwayChange, string> = {
  'not-compared': 'Not screened on arrival',
  'new-need': 'New need',
  'no-longer-a-need': 'No longer a need',
  'need-met': 'Need met',
  'more-pressing': 'More pressing',
  'less-pressing': 'Less pressing',
  'status-changed': 'Status changed',
  'no-change': 'No change',
}
