/** What the release pages and the caseload call things, in one place. */
import { ACCOMMODATION_LABELS } from '../../platform/case/accommodation.ts'
import type { EmploymentStatus, FollowUpKind, FollowUpState } from './release.rules.ts'

export { ACCOMMODATION_LABELS }

export const FOLLOW_UP_TITLES: Record<FollowUpKind, string> = {
  'treatment-3-weeks': 'Treatment within 3 weeks',
  'employment-6-weeks': 'Work, education or training at 6 weeks',
  'accommodation-3-months': 'Accommodation at 3 months',
  'employment-6-months': 'Work, education or training at 6 months',
}

/** Short and specific, for a caseload's "next deadline". */
export const DEADLINE_LABELS: Record<FollowUpKind | 'first-night', string> = {
  'first-night': 'Record the first night after release',
  'treatment-3-weeks': 'Treatment follow-up',
  'employment-6-weeks': 'Employment follow-up at 6 weeks',
  'accommodation-3-months': 'Accommodation follow-up',
  'employment-6-months': 'Employment follow-up at 6 months',
}

export const EMPLOYMENT_LABELS: Record<EmploymentStatus, string> = {
  employed: 'In paid work',
  'education-training': 'In education or training',
  'not-working': 'Not in work, education or training',
  unavailable: 'Not available for work (for example, through illness or caring)',
  unknown: 'Not known',
}

export const STATE_TAGS: Record<FollowUpState, { text: string; classes: string }> = {
  done: { text: 'Recorded', classes: 'govuk-tag--green' },
  'not-yet-due': { text: 'Not yet due', classes: 'govuk-tag--grey' },
  due: { text: 'Due', classes: 'govuk-tag--yellow' },
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
}
