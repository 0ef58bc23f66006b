import type { SentenceType } from '../key-dates/index.ts'

/** The sentence types as the custody episode form offers them. */
export const SENTENCE_TYPE_CHOICES: Record<SentenceType, string> = {
  determinate: 'Determinate',
  indeterminate: 'Indeterminate (life or IPP)',
  recall: 'Recall',
  immigration: 'Immigration detention',
}
