import type { PdfBlock, PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { ReleaseDayPlan } from './release-day-plan.ts'

/** The release-day plan on paper, in the same plain words as the page, for people without a screen. */
export function releaseDayPdf(plan: ReleaseDayPlan | null): PdfContent {
  const title = 'Your plan for the day you leave prison'
  if (!plan)
    return { title, blocks: [{ kind: 'paragraph', text: 'We do not have your dates yet, so there is no plan yet.' }] }
  return {
    title,
    blocks: [
      ...plan.sections.flatMap((section): PdfBlock[] => [
        { kind: 'heading', text: section.heading },
        ...section.lines.map((text): PdfBlock => ({ kind: 'paragraph', text })),
        ...(section.recorded ? [{ kind: 'paragraph', text: section.recorded } satisfies PdfBlock] : []),
      ]),
      { kind: 'heading', text: 'What to bring' },
      { kind: 'list', items: plan.bring },
    ],
  }
}
