import { formatDate, type Language, type Translate } from '../../platform/i18n/i18n.ts'
import type { PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { RecallReview } from './recall.mappers.ts'
import { ALTERNATIVES } from './recall.rules.ts'

export interface NextAppointment {
  date: string
  time: string | null
  /** In words, for example "at the probation office". */
  where: string
  /** The kind of appointment, to say where in the person's language. */
  kind?: string
}

const PLACES = ['office', 'home-visit', 'phone', 'video']

/**
 * The letter that tells a person they are not being recalled, in plain words and their language: that the breach
 * was discussed with a manager, why in plain words (made from what was decided, never the manager's rationale,
 * which is written for the record), what is expected now, the next appointment and a number to call.
 */
export function noRecallLetter(
  name: string,
  review: RecallReview,
  next: NextAppointment | null,
  practitioner: string | null,
  today: string,
  t: Translate,
  lang: Language,
): PdfContent {
  const date = (value: string) => formatDate(lang, value)
  const place = next ? (next.kind && PLACES.includes(next.kind) ? t(`recall:place.${next.kind}`) : next.where) : ''
  const appointment = next
    ? next.time
      ? t('recall:letter.nextAt', { date: date(next.date), time: next.time, place })
      : t('recall:letter.next', { date: date(next.date), place })
    : t('recall:letter.noNext')
  const help = ALTERNATIVES.filter(a => review.alternatives.includes(a)).map(a => t(`recall:alternative.${a}`))
  const worker = practitioner ?? t('recall:letter.yourWorker')
  return {
    title: t('recall:letter.title'),
    subtitle: t('recall:letter.subtitle', { name, date: date(today) }),
    blocks: [
      {
        kind: 'paragraph',
        // "Your probation worker" starts the sentence in English and sits inside it in Welsh: each file says it so.
        text: t('recall:letter.looked', { date: date(review.breachDate), worker }),
      },
      { kind: 'heading', text: t('recall:letter.whyHeading') },
      { kind: 'paragraph', text: t('recall:letter.why') },
      ...(help.length
        ? [
            { kind: 'paragraph' as const, text: t('recall:letter.whatWeWillDo') },
            { kind: 'list' as const, items: help },
          ]
        : []),
      { kind: 'heading', text: t('recall:letter.nowHeading') },
      { kind: 'paragraph', text: review.expectedNow },
      { kind: 'heading', text: t('recall:letter.nextHeading') },
      { kind: 'paragraph', text: appointment },
      { kind: 'heading', text: t('recall:letter.questionHeading') },
      { kind: 'paragraph', text: t('recall:letter.call', { phone: review.contactNumber }) },
    ],
  }
}
