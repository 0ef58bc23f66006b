import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import { ALTERNATIVES, DECISIONS, RISK_LEVELS } from './recall.rules.ts'
import type { RecallReview } from './recall.mappers.ts'
import { ALTERNATIVE_NAMES, DECISION_NAMES, RISK_NAMES } from './recall.wording.ts'

const items = <K extends string>(keys: readonly K[], names: Record<K, string>) =>
  keys.map(value => ({ value, text: names[value] }))

/** The choices of the breach form, as GOV.UK radio and checkbox items. */
export function breachChoices() {
  return {
    alternativeItems: items(ALTERNATIVES, ALTERNATIVE_NAMES),
    riskItems: items(RISK_LEVELS, RISK_NAMES),
    decisionItems: items(DECISIONS, DECISION_NAMES),
  }
}

/** A review in words: its choices named, and the decision form's items. */
export function reviewChoices(review: RecallReview) {
  return {
    decisionItems: items(DECISIONS, DECISION_NAMES),
    alternativesText: [review.alternatives.map(a => ALTERNATIVE_NAMES[a]).join(', '), review.alternativesNotes ?? '']
      .filter(Boolean)
      .join('. '),
    riskText: `${RISK_NAMES[review.riskNow]}. ${review.riskNotes}`,
    recommendationText: `${DECISION_NAMES[review.recommendation]}. ${review.recommendationReason}`,
    decisionText: review.decision ? DECISION_NAMES[review.decision] : null,
  }
}

/** The list page's table: each review's breach date linking to it, its recommendation and decision. */
export function reviewRows(personId: string, reviews: readonly RecallReview[]) {
  return reviews.map(r => [
    { html: `<a class="govuk-link" href="/people/${personId}/recall/${r.id}">${formatLongDate(r.breachDate)}</a>` },
    { text: DECISION_NAMES[r.recommendation] },
    {
      text: r.decision ? DECISION_NAMES[r.decision] : 'Awaiting countersignature',
      classes: 'app-nowrap',
      tag: r.decision ? (r.decision === 'no-recall' ? 'govuk-tag--green' : 'govuk-tag--red') : 'govuk-tag--yellow',
    },
    { text: r.correctsId ? 'Correction' : '' },
  ])
}
