import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { HandoverService } from '../handover/index.ts'
import type { CaseloadRow } from './caseload.repository.ts'
import { daysToRelease, deadlines, nextAndOverdue, STAGE_LABELS, type CaseDates } from './caseload.rules.ts'

type HandoverFlags = Awaited<ReturnType<HandoverService['handoverFlagsFor']>>[string]

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
  const { next, overdue } = nextAndOverdue(deadlines(dates, today), open, today)
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
    overdue: [
      ...overdue,
      ...(flags?.meetingOverdue ? [{ what: 'Handover meeting', date: row.handover_date ?? today, overdue: true }] : []),
      ...(flags?.comNotMet
        ? [{ what: 'COM to meet the person', date: row.earliest_release_date ?? today, overdue: true }]
        : []),
    ],
  }
}
