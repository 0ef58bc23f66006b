/**
 * One moment of a person's journey from arrival to the end of licence. Each feature offers its own
 * moments; the timeline puts them in order and never needs to know where they came from.
 */
export interface TimelineEvent {
  /** ISO date, or an ISO instant where the time of day is known. */
  at: string
  /** Short, for example "Needs screened on arrival". */
  title: string
  description?: string
  /** Who did it, when that is known. */
  by?: string
  /** Groups events for filtering, for example "needs", "allocation", "release", "setback". */
  kind: string
  /** A page where the detail lives. */
  href?: string
}

/** The moments one feature holds for one person; the caller has already checked access. */
export type TimelineSource = (personId: string) => Promise<TimelineEvent[]>
