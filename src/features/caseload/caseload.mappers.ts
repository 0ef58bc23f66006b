import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { HandoverFlags } from '../handover/index.ts'
import type { AwaitingComRow, CaseloadRow } from './caseload.repository.ts'
import {
  daysToRelease,
  deadlines,
  nextAndOverdue,
  STAGE_LABELS,
  type CaseDates,
  type Deadline,
} from './caseload.rules.ts'

/** The handover flags as overdue items, dated by the date they were due from. */
function handoverOverdue(row: CaseloadRow, flags: HandoverFlags | undefined, today: IsoDate): Deadline[] {
  return [
    ...(flags?.meetingOverdue ? [{ what: 'Handover meeting', date: row.handover_date ?? today, overdue: true }] : []),
    ...(flags?.comNotMet
      ? [{ what: 'COM to meet the person', date: row.earliest_release_date ?? today, overdue: true }]
      : []),
  ]
}

/** One line of a caseload: who, where they are on the journey, what is next and what is overdue. */
export function caseloadEntry(
  row: CaseloadRow,
  today: IsoDate,
  flags: HandoverFlags | undefined,
  open: readonly CaseDeadline[],
) {
  const dates: CaseDates = {
    hasEpisode: row.stage !== 'not-recorded',
    releaseDate: row.release_date,
    earliestReleaseDate: row.earliest_release_date,
    licenceExpiryDate: row.licence_expiry_date,
    handoverDate: row.handover_date,
    comAllocationOverdueFrom: row.com_allocation_overdue_from,
    hasCom: row.com_id !== null,
  }
  const fromKeyDates = [...deadlines(dates, today), ...handoverOverdue(row, flags, today)]
  const { next, overdue } = nextAndOverdue(row.stage, fromKeyDates, open, today)
  return {
    id: row.id,
    crn: row.crn,
    firstName: row.first_name,
    lastName: row.last_name,
    stage: row.stage,
    stageLabel: STAGE_LABELS[row.stage],
    daysToRelease: daysToRelease(dates, today),
    releaseDate: row.release_date,
    nextDeadline: next,
    overdue,
  }
}

/** One person waiting for a COM, and whether their COM allocation is overdue. */
export function awaitingComEntry(row: AwaitingComRow, today: IsoDate) {
  return {
    id: row.id,
    crn: row.crn,
    firstName: row.first_name,
    lastName: row.last_name,
    handoverDate: row.handover_date,
    earliestReleaseDate: row.earliest_release_date,
    comAllocationOverdueFrom: row.com_allocation_overdue_from,
    overdue: row.com_allocation_overdue_from !== null && row.com_allocation_overdue_from <= today,
  }
}

export type CaseloadEntry = ReturnType<typeof caseloadEntry>
