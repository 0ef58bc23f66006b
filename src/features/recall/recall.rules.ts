import { addMonths, type IsoDate } from '../../platform/dates/calendar-date.ts'

/**
 * The recall rules of DOMAIN.md ("Licence and recall"), with no I/O. A recall is standard, fixed-term
 * (re-release after 14 days for a sentence under 12 months, 28 days otherwise) or none; indeterminate and
 * extended sentences allow a standard recall only.
 */
export const DECISIONS = ['no-recall', 'fixed-term', 'standard'] as const
export type Decision = (typeof DECISIONS)[number]

export const ALTERNATIVES = [
  'talk-it-through',
  'more-contact',
  'adjust-plan',
  'warning',
  'referral',
  'change-conditions',
  'approved-premises',
] as const
export type Alternative = (typeof ALTERNATIVES)[number]

export const RISK_LEVELS = ['low', 'medium', 'high', 'very-high'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

export interface SentenceFacts {
  /** The sentence type of the current custody episode; null when none is recorded. */
  sentenceType: 'determinate' | 'indeterminate' | 'recall' | 'immigration' | null
  /** An extended determinate sentence, which the practitioner states on the breach record. */
  extended: boolean
  sentenceStartDate: IsoDate | null
  sentenceExpiryDate: IsoDate | null
}

export type FixedTermSuitability =
  { suitable: true; days: 14 | 28; reason: string } | { suitable: false; days: null; reason: string }

const unsuitable = (reason: string): FixedTermSuitability => ({ suitable: false, days: null, reason })

/**
 * Whether a fixed-term recall is open, and for how long. The sentence's length is measured from its start
 * to its expiry date, in calendar months: under 12 months means the expiry date falls before the start
 * plus 12 months. Without both dates the length is not known, and only a standard recall is open.
 */
export function fixedTermSuitability(sentence: SentenceFacts): FixedTermSuitability {
  if (!sentence.sentenceType) return unsuitable('No sentence is recorded, so only a standard recall is open.')
  if (sentence.sentenceType === 'indeterminate')
    return unsuitable('An indeterminate sentence allows a standard recall only.')
  if (sentence.extended) return unsuitable('An extended sentence allows a standard recall only.')
  const { sentenceStartDate: start, sentenceExpiryDate: expiry } = sentence
  if (!start || !expiry) {
    return unsuitable(
      'The sentence expiry date is not recorded, so the length of the sentence is not known and only a standard recall is open.',
    )
  }
  if (expiry < addMonths(start, 12)) {
    return {
      suitable: true,
      days: 14,
      reason: 'The sentence is under 12 months: a fixed-term recall means release again after 14 days.',
    }
  }
  return {
    suitable: true,
    days: 28,
    reason: 'The sentence is 12 months or more: a fixed-term recall means release again after 28 days.',
  }
}

/** Why a decision may not be made, or null when it may. */
export function decisionProblem(decision: Decision, suitability: FixedTermSuitability): string | null {
  if (decision === 'fixed-term' && !suitability.suitable)
    return `A fixed-term recall is not open. ${suitability.reason}`
  return null
}

/** Nobody countersigns their own recommendation; the database refuses it too. */
export function countersignProblem(recommendedBy: string, managerId: string): string | null {
  return recommendedBy === managerId
    ? 'You made this recommendation, so another senior probation officer must countersign it'
    : null
}

export interface BreachAccount {
  personAccount?: string
  accountNotTakenReason?: string
  alternatives: readonly string[]
}

/** The fair-process parts of a breach record, each with the field it belongs to. */
export function breachRecordProblems(record: BreachAccount): { field: string; message: string }[] {
  const problems = []
  if (!record.personAccount && !record.accountNotTakenReason) {
    problems.push({
      field: 'personAccount',
      message: 'Enter the person’s own account of what happened, or why it could not be taken',
    })
  }
  if (record.personAccount && record.accountNotTakenReason) {
    problems.push({
      field: 'accountNotTakenReason',
      message: 'Leave the reason blank when you have the person’s account',
    })
  }
  if (!record.alternatives.length) {
    problems.push({ field: 'alternatives', message: 'Select the alternatives to recall that were considered' })
  }
  return problems
}

/**
 * A plain explanation of a recall for the person, in words a 9-year-old reader can follow. The manager's
 * rationale says why; the rules say what kind of recall it is.
 */
export function recallExplanation(decision: Decision, suitability: FixedTermSuitability, rationale: string): string[] {
  if (decision === 'no-recall') {
    return ['You are not being recalled to prison.', `Why: ${rationale}`]
  }
  const kind =
    decision === 'fixed-term' && suitability.suitable
      ? `This is a fixed-term recall. You should be released again after ${suitability.days} days.`
      : 'This is a standard recall. You will stay in prison until the Parole Board or the prison says you can be released, or your sentence ends.'
  return ['You are being recalled to prison. This means you must go back to prison.', `Why: ${rationale}`, kind]
}
