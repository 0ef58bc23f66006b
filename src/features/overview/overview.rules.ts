import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'

/** One thing still to do for the person: what, when, and where it is done (when this user may go there). */
export interface ToDo {
  what: string
  dueDate: IsoDate
  overdue: boolean
  href: string | null
}

/** How many upcoming things the overview lists after everything overdue. */
export const UPCOMING_SHOWN = 5

/**
 * What needs doing, from the same deadlines as the caseload: everything overdue, oldest first, then the next few,
 * soonest first. Each thing is listed once. Nothing is overdue once the licence has ended: the case is closing.
 * A deadline is overdue from the day after it falls due.
 */
export function whatNeedsDoing(deadlines: readonly ToDo[], today: IsoDate, licenceEnded: boolean) {
  const seen = new Set<string>()
  const unique = [...deadlines]
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .filter(d => {
      const key = `${d.what}|${d.dueDate}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
  if (licenceEnded) return { overdue: [], upcoming: [], more: 0 }
  const overdue = unique.filter(d => d.overdue || d.dueDate < today)
  const ahead = unique.filter(d => !(d.overdue || d.dueDate < today))
  return {
    overdue: overdue.map(d => ({ ...d, overdue: true })),
    upcoming: ahead.slice(0, UPCOMING_SHOWN),
    more: Math.max(0, ahead.length - UPCOMING_SHOWN),
  }
}

/** A feature's open deadline as a thing to do, linked only where the user's role may open its section. */
export function fromFeature(deadline: CaseDeadline, mayOpen: (section: string | undefined) => boolean): ToDo {
  return {
    what: deadline.label,
    dueDate: deadline.dueDate,
    overdue: false,
    href: deadline.href && mayOpen(deadline.section) ? deadline.href : null,
  }
}
