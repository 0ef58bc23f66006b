import { formatDate, type Language, type Translate } from '../../platform/i18n/i18n.ts'
import type { PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { PractitionerChange } from './continuity.mappers.ts'

/**
 * The letter telling a person who their probation worker is, their phone number and, when it changed, why: in plain
 * words and the person's language, the same words as their page.
 */
export function practitionerLetter(
  name: string,
  change: PractitionerChange,
  phone: string | null,
  today: string,
  t: Translate,
  lang: Language,
): PdfContent {
  const worker = change.name ?? ''
  const since = change.since ? ` ${t('continuity:since', { date: formatDate(lang, change.since) })}` : ''
  const call = phone ? t('probationWorker.phone', { name: worker, phone }) : t('probationWorker.noPhone')
  const blocks: PdfContent['blocks'] = [
    { kind: 'paragraph', text: `${t('probationWorker.named', { name: worker })}${since}` },
    { kind: 'paragraph', text: call },
  ]
  if (change.previousName) {
    blocks.push(
      { kind: 'heading', text: t('continuity:letter.whyHeading') },
      {
        kind: 'paragraph',
        text: `${t('continuity:before', { name: change.previousName })} ${t(`continuity:why.${change.whyCode ?? 'other'}`)}`,
      },
    )
  }
  blocks.push(
    { kind: 'heading', text: t('continuity:letter.nowHeading') },
    { kind: 'paragraph', text: `${t('continuity:toldAboutYou', { name: worker })} ${t('continuity:keepGoing')}` },
    { kind: 'paragraph', text: t('continuity:letter.help') },
  )
  return {
    title: t(change.previousName ? 'continuity:changedTitle' : 'continuity:title'),
    subtitle: t('continuity:letter.subtitle', { name, date: formatDate(lang, today) }),
    blocks,
  }
}
