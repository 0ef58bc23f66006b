import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { RecallReview } from './recall.mappers.ts'

export interface NextAppointment {
  date: string
  time: string | null
  /** In words, for example "at the probation office". */
  where: string
}

/**
 * The letter that tells a person they are not being recalled, in plain words: that the breach was discussed
 * with a manager, what is expected now, the next appointment and a number to call.
 */
export function noRecallLetter(
  name: string,
  review: RecallReview,
  next: NextAppointment | null,
  practitioner: string | null,
  today: string,
): PdfContent {
  const appointment = next
    ? `${formatLongDate(next.date)}${next.time ? ` at ${next.time}` : ''}, ${next.where}.`
    : 'Your probation practitioner will contact you soon to set a date.'
  return {
    title: 'You are not being recalled to prison',
    subtitle: `For ${name}. Written on ${formatLongDate(today)}.`,
    blocks: [
      {
        kind: 'paragraph',
        text: `We looked at what happened on ${formatLongDate(review.breachDate)}. ${practitioner ?? 'Your probation practitioner'} talked about it with a manager, a senior probation officer. You are not being recalled to prison.`,
      },
      { kind: 'heading', text: 'Why' },
      { kind: 'paragraph', text: review.rationale ?? '' },
      { kind: 'heading', text: 'What you need to do now' },
      { kind: 'paragraph', text: review.expectedNow },
      { kind: 'heading', text: 'Your next appointment' },
      { kind: 'paragraph', text: appointment },
      { kind: 'heading', text: 'If you have a question' },
      {
        kind: 'paragraph',
        text: `Call ${review.contactNumber}. You can ask someone you trust to help you read this letter.`,
      },
    ],
  }
}
