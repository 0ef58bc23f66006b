/** The release pages' GOV.UK items and table rows, built here rather than with push() in templates. */
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { FollowUpView } from './release.mappers.ts'
import { ACCOMMODATION_CATEGORIES, EMPLOYMENT_STATUSES } from './release.rules.ts'
import { ACCOMMODATION_LABELS, EMPLOYMENT_LABELS } from './release.wording.ts'

/** The radios of the release form and of the accommodation and employment follow-ups. */
export const CHOICES = {
  accommodationItems: ACCOMMODATION_CATEGORIES.map(value => ({ value, text: ACCOMMODATION_LABELS[value] })),
  employmentItems: EMPLOYMENT_STATUSES.map(value => ({ value, text: EMPLOYMENT_LABELS[value] })),
}

/** The follow-ups to record now, one line each, for the page's banner. */
export function followUpsDue(followUps: readonly FollowUpView[]): string[] {
  return followUps
    .filter(f => f.state === 'due' || f.state === 'overdue')
    .map(f => `${f.title}: ${f.state === 'overdue' ? 'overdue since' : 'due by'} ${formatLongDate(f.dueDate)}`)
}

/** The follow-ups table: what, when due, its tag, the answer, and a link to record it once it opens. */
export function followUpRows(personId: string, followUps: readonly FollowUpView[], canRecord: boolean) {
  return followUps.map(f => {
    const answer = f.answer
      ? `${f.answer.text} (recorded ${formatLongDate(f.answer.recordedOn)} by ${f.answer.recordedBy})`
      : ''
    const link =
      canRecord && f.state !== 'not-yet-due'
        ? `<a class="govuk-link" href="/people/${personId}/release/follow-ups/${f.kind}" data-qa="record-${f.kind}">` +
          `${f.answer ? 'Change' : 'Record'}<span class="govuk-visually-hidden"> ${f.title.toLowerCase()}</span></a>`
        : ''
    return [
      { text: f.title },
      { text: formatLongDate(f.dueDate), classes: 'app-nowrap' },
      {
        html: `<strong class="govuk-tag ${f.tag.classes}">${f.tag.text}</strong>`,
        attributes: { 'data-qa': `state-${f.kind}` },
      },
      { text: answer },
      { html: link },
    ]
  })
}
