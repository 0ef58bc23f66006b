import type { Translate } from '../../platform/i18n/i18n.ts'
import type { PdfBlock, PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { ReleaseDayPlan } from './release-day-plan.ts'

/** The release-day plan on paper, in the same plain words and language as the page, for people without a screen. */
export function releaseDayPdf(plan: ReleaseDayPlan | null, t: Translate): PdfContent {
  const title = t('readiness:releaseDay.title')
  if (!plan) return { title, blocks: [{ kind: 'paragraph', text: t('readiness:releaseDay.noPlan') }] }
  return {
    title,
    blocks: [
      ...plan.sections.flatMap((section): PdfBlock[] => [
        { kind: 'heading', text: section.heading },
        ...section.lines.map((text): PdfBlock => ({ kind: 'paragraph', text })),
        ...(section.recorded ? [{ kind: 'paragraph', text: section.recorded } satisfies PdfBlock] : []),
      ]),
      { kind: 'heading', text: t('readiness:releaseDay.whatToBring') },
      { kind: 'list', items: plan.bring },
    ],
  }
}
