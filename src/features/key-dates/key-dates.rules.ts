/**
 * Key-date rules: issue 4, "The key-date contract", rules 1–5, to the letter. Pure: no I/O, no clock.
 * Takes input already parsed by `keyDatesSchema`.
 */
import { addDays, addMonths, earliest, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { KeyDatesInput } from './key-dates.schemas.ts'

export type Period = { readonly months: number; readonly days: number }

/**
 * Offender Management in Custody (OMiC) handover and through-the-gate deadlines: HMPPS allocation manager,
 * 2023 policy, as stated in DOMAIN.md and the key-date contract of issue 4. Recorded 2026-11-23.
 * Practice changes: change these figures here and nowhere else.
 */
export const KEY_DATE_POLICY = {
  name: 'OMiC handover (HMPPS allocation manager, 2023 policy)',
  recordedOn: '2026-11-23',
  /** Rule 2: a determinate case whose earliest release is on or before sentence start + this is COM-led. */
  shortSentence: { months: 10, days: 0 },
  /** Rule 2: handover before the earliest release date, by case. */
  earlyAllocationHandover: { months: 15, days: 0 },
  indeterminateOrParoleHandover: { months: 12, days: 0 },
  standardHandover: { months: 8, days: 14 },
  /** Rule 4: a COM allocation is overdue this many days after its anchor date. */
  comAllocationOverdueAfterDays: 2,
  /** Rule 5: needs screening due this many days after arrival in custody. */
  screeningDueAfterDays: 3,
  /** Rule 5: pre-release review due this many days (12 weeks) before the earliest release date. */
  preReleaseReviewBeforeDays: 84,
} as const

export type KeyDates = {
  earliestReleaseDate: IsoDate | null
  handoverDate: IsoDate | null
  comResponsibleFromStart: boolean
  comAllocationOverdueFrom: IsoDate
  screeningDueDate: IsoDate
  preReleaseReviewDueDate: IsoDate | null
}

/** Which clause of rule 2 decided responsibility (the first that applies). */
export type ResponsibilityRule =
  'recall-or-immigration' | 'short-sentence' | 'early-allocation' | 'indeterminate-or-parole' | 'standard'

export const RESPONSIBILITY_RULE_DESCRIPTIONS: Record<ResponsibilityRule, string> = {
  'recall-or-immigration': 'Recall or immigration case: the COM is responsible from the start',
  'short-sentence': 'Earliest release within 10 months of the sentence start: the COM is responsible from the start',
  'early-allocation': 'Early allocation: handover 15 months before the earliest release date',
  'indeterminate-or-parole': 'Indeterminate or parole case: handover 12 months before the earliest release date',
  standard: 'Determinate sentence: handover 8 months and 14 days before the earliest release date',
}

export type KeyDatesExplained = {
  keyDates: KeyDates
  rule: ResponsibilityRule
  /** Plain English for the UI: the rule, and why there is no handover when one was due on or before the start. */
  reason: string
}

export function deriveKeyDates(input: KeyDatesInput): KeyDates {
  return explainKeyDates(input).keyDates
}

export function explainKeyDates(input: KeyDatesInput): KeyDatesExplained {
  const earliestReleaseDate = deriveEarliestReleaseDate(input)
  const rule = responsibilityRule(input, earliestReleaseDate)
  const due = plannedHandover(rule, earliestReleaseDate)
  const handoverDate = due && due > input.sentenceStartDate ? due : null
  const comResponsibleFromStart = handoverDate === null
  const keyDates: KeyDates = {
    earliestReleaseDate,
    handoverDate,
    comResponsibleFromStart,
    comAllocationOverdueFrom: addDays(
      handoverDate ?? startOfCustody(input),
      KEY_DATE_POLICY.comAllocationOverdueAfterDays,
    ),
    screeningDueDate: addDays(input.arrivalDate, KEY_DATE_POLICY.screeningDueAfterDays),
    preReleaseReviewDueDate: earliestReleaseDate
      ? addDays(earliestReleaseDate, -KEY_DATE_POLICY.preReleaseReviewBeforeDays)
      : null,
  }
  return { keyDates, rule, reason: reasonFor(rule, due !== null && handoverDate === null) }
}

/** Rule 1. */
export function deriveEarliestReleaseDate(input: KeyDatesInput): IsoDate | null {
  if (input.sentenceType === 'indeterminate') return input.paroleEligibilityDate || input.tariffExpiryDate || null
  return input.paroleEligibilityDate || earliest(input.automaticReleaseDate, input.conditionalReleaseDate)
}

/** Rule 2, first clause that applies. `earliestReleaseDate` defaults to rule 1's. */
export function responsibilityRule(
  input: KeyDatesInput,
  earliestReleaseDate: IsoDate | null = deriveEarliestReleaseDate(input),
): ResponsibilityRule {
  const { sentenceType } = input
  if (sentenceType === 'recall' || sentenceType === 'immigration') return 'recall-or-immigration'
  if (sentenceType === 'determinate' && !input.parole && !input.earlyAllocation) {
    const shortSentenceEnd = addPeriod(input.sentenceStartDate, KEY_DATE_POLICY.shortSentence)
    if (earliestReleaseDate && earliestReleaseDate <= shortSentenceEnd) return 'short-sentence'
  }
  if (input.earlyAllocation) return 'early-allocation'
  if (sentenceType === 'indeterminate' || input.parole) return 'indeterminate-or-parole'
  return 'standard'
}

const HANDOVER_BEFORE_RELEASE: Record<ResponsibilityRule, Period | null> = {
  'recall-or-immigration': null,
  'short-sentence': null,
  'early-allocation': KEY_DATE_POLICY.earlyAllocationHandover,
  'indeterminate-or-parole': KEY_DATE_POLICY.indeterminateOrParoleHandover,
  standard: KEY_DATE_POLICY.standardHandover,
}

/** The handover the rule sets, before rule 2's last sentence moves one on or before the start to the start. */
function plannedHandover(rule: ResponsibilityRule, earliestReleaseDate: IsoDate | null): IsoDate | null {
  const offset = HANDOVER_BEFORE_RELEASE[rule]
  if (!offset) return null
  if (!earliestReleaseDate) throw new RangeError(`${rule} needs an earliest release date: parse with keyDatesSchema`)
  return subtractPeriod(earliestReleaseDate, offset)
}

/** Rule 3: calendar months first (clamped to the end of a shorter month), then days. */
export function addPeriod(date: IsoDate, { months, days }: Period): IsoDate {
  return addDays(addMonths(date, months), days)
}

/** Rule 3 going back: 31 October less 8 months 14 days is 28 February (29 in a leap year) less 14 days. */
export function subtractPeriod(date: IsoDate, { months, days }: Period): IsoDate {
  return addPeriod(date, { months: -months, days: -days })
}

/** Rule 4's anchor when the COM is responsible from the start: the later of sentence start and arrival. */
function startOfCustody(input: KeyDatesInput): IsoDate {
  return input.arrivalDate > input.sentenceStartDate ? input.arrivalDate : input.sentenceStartDate
}

function reasonFor(rule: ResponsibilityRule, handoverOnOrBeforeStart: boolean): string {
  const description = RESPONSIBILITY_RULE_DESCRIPTIONS[rule]
  if (!handoverOnOrBeforeStart) return description
  return `${description}, which falls on or before the sentence start, so the COM is responsible from the start`
}
