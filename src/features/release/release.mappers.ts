/** The release page's model and the caseload's deadlines, from rows and the rules. Pure. */
import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import { formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { FollowUpColumns, FollowUpRow, ReleaseRepository, ReleaseRow } from './release.repository.ts'
import type { FollowUpInput } from './release.schemas.ts'
import { followUpsFor, followUpState, type FollowUpKind } from './release.rules.ts'
import {
  ACCOMMODATION_LABELS,
  DEADLINE_LABELS,
  EMPLOYMENT_LABELS,
  FOLLOW_UP_TITLES,
  STATE_TAGS,
} from './release.wording.ts'

type Answer = Pick<FollowUpRow, 'kind' | 'accommodation' | 'employment' | 'treatment_started' | 'treatment_start_date'>

/** A recorded answer in words, for the page, the timeline and the API. */
export function answerText(answer: Answer): string {
  if (answer.kind === 'accommodation-3-months') return ACCOMMODATION_LABELS[answer.accommodation!]
  if (answer.kind === 'treatment-3-weeks') {
    return answer.treatment_started ? `Started on ${formatLongDate(answer.treatment_start_date)}` : 'Not started'
  }
  return EMPLOYMENT_LABELS[answer.employment!]
}

export function toRelease(row: ReleaseRow) {
  return {
    id: row.id,
    firstNight: row.first_night,
    firstNightText: ACCOMMODATION_LABELS[row.first_night],
    address: row.address,
    treatmentNeed: row.treatment_need,
    recordedBy: row.recorded_by_name,
    version: row.version,
  }
}

/** Each follow-up the release calls for, with its dates, its state today and its answer once recorded. */
export function followUpViews(releaseDate: IsoDate, treatmentNeed: boolean, rows: FollowUpRow[], today: IsoDate) {
  return followUpsFor(releaseDate, treatmentNeed).map(dates => {
    const row = rows.find(r => r.kind === dates.kind)
    const state = followUpState(dates, Boolean(row), today)
    return {
      ...dates,
      title: FOLLOW_UP_TITLES[dates.kind],
      state,
      tag: STATE_TAGS[state],
      answer: row
        ? {
            accommodation: row.accommodation,
            employment: row.employment,
            treatmentStarted: row.treatment_started,
            treatmentStartDate: row.treatment_start_date,
            text: answerText(row),
            recordedOn: row.recorded_on,
            recordedBy: row.recorded_by_name,
            version: row.version,
          }
        : null,
    }
  })
}

export type FollowUpView = ReturnType<typeof followUpViews>[number]

/** The form's values: the answer as recorded, or nothing yet. */
export function followUpFormValues(view: FollowUpView | undefined) {
  const answer = view?.answer
  if (!answer) return {}
  return {
    accommodation: answer.accommodation ?? undefined,
    employment: answer.employment ?? undefined,
    treatmentStarted: answer.treatmentStarted === null ? undefined : answer.treatmentStarted ? 'yes' : 'no',
    treatmentStartDate: answer.treatmentStartDate ?? undefined,
    version: answer.version,
  }
}

type ReleasedFacts = Awaited<ReturnType<ReleaseRepository['releasedFacts']>>[number]

/**
 * What is still to do after each release: the first night, until it is recorded, due on the day of release; then
 * every follow-up not yet answered. A treatment need is known once the release is recorded.
 */
export function openDeadlines(facts: ReleasedFacts[]): CaseDeadline[] {
  return facts.flatMap(f => {
    const releaseDate = f.releaseDate!
    const answered = new Set<FollowUpKind>(f.answered ?? [])
    const firstNight = f.releaseId
      ? []
      : [{ personId: f.personId, label: DEADLINE_LABELS['first-night'], dueDate: releaseDate }]
    const followUps = followUpsFor(releaseDate, Boolean(f.treatmentNeed))
      .filter(d => !answered.has(d.kind))
      .map(d => ({ personId: f.personId, label: DEADLINE_LABELS[d.kind], dueDate: d.dueDate }))
    return [...firstNight, ...followUps]
  })
}

/** The columns of a follow-up's answer: the one field its kind asks, the others empty. */
export function followUpColumns(answer: FollowUpInput, recordedOn: IsoDate): FollowUpColumns {
  return {
    accommodation: 'accommodation' in answer ? answer.accommodation : null,
    employment: 'employment' in answer ? answer.employment : null,
    treatmentStarted: 'treatmentStarted' in answer ? answer.treatmentStarted : null,
    treatmentStartDate: 'treatmentStarted' in answer ? (answer.treatmentStartDate ?? null) : null,
    recordedOn,
  }
}
