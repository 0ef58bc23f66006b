import type { Selectable } from 'kysely'
import { fixedTermSuitability, recallExplanation, type Decision, type SentenceFacts } from './recall.rules.ts'
import type { RecallReviewTable } from './recall.tables.ts'

type ReviewRow = Selectable<RecallReviewTable> & {
  recommended_by_name: string
  countersigned_by_name: string | null
}

/** The sentence facts of the person's current episode, with what the practitioner recorded on the breach. */
export function sentenceFacts(
  episode: {
    sentenceType: SentenceFacts['sentenceType']
    sentenceStartDate: string
    sentenceExpiryDate: string | null
  } | null,
  extended: boolean,
): SentenceFacts {
  return {
    sentenceType: episode?.sentenceType ?? null,
    extended,
    sentenceStartDate: episode?.sentenceStartDate ?? null,
    sentenceExpiryDate: episode?.sentenceExpiryDate ?? null,
  }
}

/** A review as pages and the API show it, with the fixed-term rules applied and, once decided, the explanation. */
export function toReview(row: ReviewRow, sentence: SentenceFacts) {
  const suitability = fixedTermSuitability(sentence)
  return {
    id: row.id,
    breachDate: row.breach_date,
    whatHappened: row.what_happened,
    personAccount: row.person_account,
    accountNotTakenReason: row.account_not_taken_reason,
    alternatives: row.alternatives,
    alternativesNotes: row.alternatives_notes,
    riskNow: row.risk_now,
    riskNotes: row.risk_notes,
    extendedSentence: row.extended_sentence,
    recommendation: row.recommendation,
    recommendationReason: row.recommendation_reason,
    expectedNow: row.expected_now,
    contactNumber: row.contact_number,
    recommendedBy: { id: row.recommended_by, name: row.recommended_by_name },
    recommendedOn: row.recommended_on,
    correctsId: row.corrects_id,
    correctionReason: row.correction_reason,
    status: row.countersigned_by ? ('decided' as const) : ('awaiting-countersignature' as const),
    decision: row.decision,
    rationale: row.rationale,
    countersignedBy: row.countersigned_by ? { id: row.countersigned_by, name: row.countersigned_by_name } : null,
    countersignedOn: row.countersigned_on,
    fixedTerm: suitability,
    explanation: row.decision ? recallExplanation(row.decision as Decision, suitability, row.rationale ?? '') : null,
  }
}

export type RecallReview = ReturnType<typeof toReview>
