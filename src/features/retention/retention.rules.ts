import { addDays, addYears, isAfter, latest, type IsoDate } from '../../platform/dates/calendar-date.ts'

/**
 * How long Resettle keeps each kind of record before it must be reviewed, and from when. Source: the HMPPS Records,
 * Information Management and Retention Policy (PSI 04/2018, PI 02/2018, which replaced PI 59/2014 "Management of
 * Offender Records") and the MoJ/HMPPS records retention and disposition schedule it points to. A probation case
 * record is kept for 7 years after supervision ends (the Limitation Act 1980 allows 6 years for a claim; the seventh
 * covers the year it falls in). Where the sentence is indeterminate (life or IPP) or the person was managed under
 * MAPPA at level 2 or 3, it is kept until the person's 100th birthday: Resettle's reading of the schedule's longer
 * retention for public-protection cases, to be confirmed. A person's own sign-in account serves only their
 * supervision, so it is reviewed when supervision ends (UK GDPR article 5(1)(c) and (e)). Each period is one
 * constant below: the information asset owner confirms them before the review list is acted on. A review is a
 * person's decision: nothing is deleted because a date has passed.
 */
export const RECORD_TYPES = ['case-record', 'person-account', 'limited-access'] as const
export type RecordType = (typeof RECORD_TYPES)[number]

export const CASE_RECORD_YEARS = 7
export const LIMITED_ACCESS_YEARS = 7
export const LONG_RETENTION_AGE = 100

/** The facts about one custody episode that decide when supervision ends. */
export interface EpisodeFacts {
  sentenceType: 'determinate' | 'indeterminate' | 'recall' | 'immigration'
  licenceExpiryDate: IsoDate | null
  sentenceExpiryDate: IsoDate | null
  topUpSupervisionEndDate: IsoDate | null
}

export interface CaseFacts {
  dateOfBirth: IsoDate
  episodes: readonly EpisodeFacts[]
  /** The highest MAPPA level ever recorded: 'none', '1', '2' or '3'. */
  highestMappa: 'none' | '1' | '2' | '3'
  /** The last day anything in the record changed (the record's own updated date). */
  lastChanged: IsoDate
}

/** Why a review falls when it does, for the list and the command's output. */
export type ReviewBasis =
  | 'supervision-ended'
  | 'indeterminate-sentence'
  | 'mappa-level-2-or-3'
  | 'no-supervision-end-date'
  | 'limited-access-ended'

export interface ReviewDate {
  type: RecordType
  /** The first day the record is due for review. */
  reviewOn: IsoDate
  basis: ReviewBasis
}

export const BASIS_WORDS: Record<ReviewBasis, string> = {
  'supervision-ended': '7 years after supervision ended',
  'indeterminate-sentence': '100th birthday (indeterminate sentence)',
  'mappa-level-2-or-3': '100th birthday (managed under MAPPA at level 2 or 3)',
  'no-supervision-end-date': '7 years after the record last changed (no supervision end date recorded)',
  'limited-access-ended': '7 years after the limited access ended',
}

export const RECORD_TYPE_WORDS: Record<RecordType, string> = {
  'case-record': 'Case record',
  'person-account': 'Person’s own sign-in account',
  'limited-access': 'Limited access entry',
}

/**
 * The day supervision ends: the latest licence, sentence or top-up supervision end of any episode, or null where an
 * episode is indeterminate (supervision may last for life) or no episode has any of these dates.
 */
export function supervisionEnds(episodes: readonly EpisodeFacts[]): IsoDate | null {
  if (episodes.some(e => e.sentenceType === 'indeterminate')) return null
  return latest(...episodes.flatMap(e => [e.licenceExpiryDate, e.sentenceExpiryDate, e.topUpSupervisionEndDate]))
}

/** When a person's case record comes up for review, and why then. */
export function caseRecordReview(facts: CaseFacts): ReviewDate {
  const centenary = { type: 'case-record' as const, reviewOn: addYears(facts.dateOfBirth, LONG_RETENTION_AGE) }
  if (facts.episodes.some(e => e.sentenceType === 'indeterminate'))
    return { ...centenary, basis: 'indeterminate-sentence' }
  if (facts.highestMappa === '2' || facts.highestMappa === '3') return { ...centenary, basis: 'mappa-level-2-or-3' }
  const ends = supervisionEnds(facts.episodes)
  if (!ends)
    return {
      type: 'case-record',
      reviewOn: addYears(facts.lastChanged, CASE_RECORD_YEARS),
      basis: 'no-supervision-end-date',
    }
  return { type: 'case-record', reviewOn: addYears(ends, CASE_RECORD_YEARS), basis: 'supervision-ended' }
}

/**
 * When a person's own sign-in account comes up for review: the day after supervision ends. An indeterminate
 * sentence, or no end date recorded, gives no date: the account is needed while supervision may last.
 */
export function personAccountReview(episodes: readonly EpisodeFacts[]): ReviewDate | null {
  const ends = supervisionEnds(episodes)
  return ends ? { type: 'person-account', reviewOn: addDays(ends, 1), basis: 'supervision-ended' } : null
}

/** When a limited-access entry comes up for review: 7 years after it ended; an open entry has no date. */
export function limitedAccessReview(endDate: IsoDate | null): ReviewDate | null {
  return endDate
    ? { type: 'limited-access', reviewOn: addYears(endDate, LIMITED_ACCESS_YEARS), basis: 'limited-access-ended' }
    : null
}

/** Whether a review is due on `today`: on or after its day. */
export function isDue(review: ReviewDate | null, today: IsoDate): review is ReviewDate {
  return review !== null && !isAfter(review.reviewOn, today)
}
