/**
 * A dated thing still to be done for one person, offered by a feature to the caseload, which shows each
 * person's next deadline and what is overdue without knowing how any feature derives its dates.
 */
export interface CaseDeadline {
  personId: string
  /** Short and specific, for example "Accommodation follow-up". */
  label: string
  /** ISO date on which it falls due; overdue from the day after. */
  dueDate: string
  /** Where it is done; the feature's own case section when not given (stamped by the composition root). */
  href?: string
  /** The case section it is done in, so that a page links to it only for the roles that may open it. */
  section?: string
}

/** Open deadlines (not yet done) for the people given, in one query whatever their number. */
export type CaseDeadlineSource = (personIds: readonly string[]) => Promise<CaseDeadline[]>
