/**
 * Release and after: what a recorded release must satisfy, and the follow-ups that the outcome measures need
 * (DOMAIN.md, "Outcome measures"), with due dates derived from the release date. Pure: today is an argument.
 */
import { addDays, addMonths, addWeeks, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { FieldError } from '../../platform/errors/errors.ts'
import { ACCOMMODATION_CATEGORIES, type AccommodationCategory } from '../../platform/case/accommodation.ts'

export { ACCOMMODATION_CATEGORIES, type AccommodationCategory }

/** Education, training or employment, as the "employed at 6 weeks / 6 months" measures count it. */
export const EMPLOYMENT_STATUSES = ['employed', 'education-training', 'not-working', 'unavailable', 'unknown'] as const
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number]

export const FOLLOW_UP_KINDS = [
  'treatment-3-weeks',
  'employment-6-weeks',
  'accommodation-3-months',
  'employment-6-months',
] as const
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number]

/**
 * When each follow-up falls due after release, and how long before that it is asked. Calendar months are
 * clamped to the end of a shorter month, as the key-date rules do (31 May + 3 months = 31 August; 30 November +
 * 3 months = 28 or 29 February). Treatment is asked from the day of release: the measure is whether it started
 * within the 3 weeks, so it can be answered as soon as it starts.
 */
export const RELEASE_POLICY = {
  followUps: {
    'treatment-3-weeks': { weeks: 3, asksFrom: 'release' },
    'employment-6-weeks': { weeks: 6, asksFrom: 'before-due' },
    'accommodation-3-months': { months: 3, asksFrom: 'before-due' },
    'employment-6-months': { months: 6, asksFrom: 'before-due' },
  },
  /** A follow-up asked "before due" opens this many days before its due date. */
  opensDaysBeforeDue: 14,
  /** The pathways whose need makes the treatment follow-up apply. */
  treatmentPathways: ['drugs-alcohol', 'health'],
} as const satisfies {
  followUps: Record<FollowUpKind, ({ weeks: number } | { months: number }) & { asksFrom: 'release' | 'before-due' }>
  opensDaysBeforeDue: number
  treatmentPathways: readonly string[]
}

export function followUpDueDate(kind: FollowUpKind, releaseDate: IsoDate): IsoDate {
  const policy = RELEASE_POLICY.followUps[kind]
  return 'months' in policy ? addMonths(releaseDate, policy.months) : addWeeks(releaseDate, policy.weeks)
}

/** The first day on which a follow-up may be answered and is shown as due. */
export function followUpOpensOn(kind: FollowUpKind, releaseDate: IsoDate): IsoDate {
  if (RELEASE_POLICY.followUps[kind].asksFrom === 'release') return releaseDate
  return addDays(followUpDueDate(kind, releaseDate), -RELEASE_POLICY.opensDaysBeforeDue)
}

/** Treatment is followed up only where screening found a drugs and alcohol or a health need. */
export function hasTreatmentNeed(pathwaysWithNeed: readonly string[]): boolean {
  return RELEASE_POLICY.treatmentPathways.some(p => pathwaysWithNeed.includes(p))
}

/** The follow-ups a release calls for, with their dates, the earliest due first. */
export function followUpsFor(releaseDate: IsoDate, treatmentNeed: boolean) {
  return FOLLOW_UP_KINDS.filter(kind => treatmentNeed || kind !== 'treatment-3-weeks')
    .map(kind => ({
      kind,
      dueDate: followUpDueDate(kind, releaseDate),
      opensOn: followUpOpensOn(kind, releaseDate),
    }))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
}

export const FOLLOW_UP_STATES = ['done', 'not-yet-due', 'due', 'overdue'] as const
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number]

/** Done once answered; otherwise not yet due before it opens, due until its due date, overdue from the day after. */
export function followUpState(
  dates: { dueDate: IsoDate; opensOn: IsoDate },
  answered: boolean,
  today: IsoDate,
): FollowUpState {
  if (answered) return 'done'
  if (today < dates.opensOn) return 'not-yet-due'
  return today > dates.dueDate ? 'overdue' : 'due'
}

/** A release has happened: on or before today. The message names both dates. */
export function releaseDateFutureProblems(releaseDate: IsoDate, today: IsoDate): FieldError[] {
  if (releaseDate <= today) return []
  const message = `The release date, ${formatLongDate(releaseDate)}, must be today (${formatLongDate(today)}) or earlier`
  return [{ field: 'releaseDate', message }]
}

/**
 * A release happens during the custody episode: on or after the sentence started and on or before the licence
 * expires. Each message names both dates.
 */
export function releaseDateEpisodeProblems(
  releaseDate: IsoDate,
  episode: { sentenceStartDate: IsoDate; licenceExpiryDate: IsoDate | null },
): FieldError[] {
  const released = formatLongDate(releaseDate)
  const problems: FieldError[] = []
  if (releaseDate < episode.sentenceStartDate) {
    const started = formatLongDate(episode.sentenceStartDate)
    const message = `The release date, ${released}, must be on or after the sentence start date, ${started}`
    problems.push({ field: 'releaseDate', message })
  }
  if (episode.licenceExpiryDate && releaseDate > episode.licenceExpiryDate) {
    const expires = formatLongDate(episode.licenceExpiryDate)
    const message = `The release date, ${released}, must be on or before the licence expiry date, ${expires}`
    problems.push({ field: 'releaseDate', message })
  }
  return problems
}

/** Settled accommodation is somewhere to live, so its address is recorded. */
export function firstNightProblems(firstNight: { firstNight: AccommodationCategory; address?: string | undefined }) {
  if (firstNight.firstNight === 'settled' && !firstNight.address) {
    return [{ field: 'address', message: 'Enter the address of the settled accommodation' }]
  }
  return []
}

/** A follow-up is answered once it opens; the follow-up asked too early would not measure what it says. */
export function followUpTimingProblems(kind: FollowUpKind, releaseDate: IsoDate, today: IsoDate): FieldError[] {
  const opensOn = followUpOpensOn(kind, releaseDate)
  if (today >= opensOn) return []
  return [{ field: 'kind', message: `This follow-up can be recorded from ${formatLongDate(opensOn)}` }]
}

/** Treatment that started has a date, not after today; treatment not started has none. */
export function treatmentAnswerProblems(
  answer: { treatmentStarted: boolean; treatmentStartDate?: IsoDate | undefined },
  today: IsoDate,
): FieldError[] {
  const field = 'treatmentStartDate'
  const date = answer.treatmentStartDate
  if (!answer.treatmentStarted) {
    return date ? [{ field, message: 'Leave the start date blank when treatment has not started' }] : []
  }
  if (!date) return [{ field, message: 'Enter the date treatment started' }]
  if (date > today) return [{ field, message: 'The date treatment started must be today or in the past' }]
  return []
}

/** Treatment in the community starts on or after the release. */
export function treatmentStartProblems(startDate: IsoDate | undefined, releaseDate: IsoDate): FieldError[] {
  if (!startDate || startDate >= releaseDate) return []
  const message = `The date treatment started, ${formatLongDate(startDate)}, must be on or after the release date, ${formatLongDate(releaseDate)}`
  return [{ field: 'treatmentStartDate', message }]
}

/** Whether treatment started within the 3 weeks the measure counts (on or before the follow-up's due date). */
export function treatmentWithinWindow(releaseDate: IsoDate, startedOn: IsoDate | null): boolean {
  return (
    startedOn !== null && startedOn >= releaseDate && startedOn <= followUpDueDate('treatment-3-weeks', releaseDate)
  )
}
