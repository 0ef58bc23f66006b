import type { SentenceType } from '../key-dates/index.ts'

/** The sentence types as the custody episode form offers them. */
export const SENTENCE_TYPE_CHOICES: Record<SentenceType, string> = {
  determinate: 'Determinate',
  indeterminate: 'Indeterminate (life or IPP)',
  recall: 'Recall',
  immigration: 'Immigration detention',
}

/** The details a correction can change, as the history of changes names them. */
export const DETAIL_LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  crn: 'CRN',
  prisonNumber: 'Prison number',
  communityArea: 'Community area',
  pduId: 'Probation delivery unit',
}
