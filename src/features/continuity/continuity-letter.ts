import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { PractitionerChange } from './continuity.mappers.ts'

/** The letter telling a person who their practitioner is and, when it changed, why, in plain words. */
export function practitionerLetter(name: string, change: PractitionerChange, today: string): PdfContent {
  const blocks: PdfContent['blocks'] = [
    {
      kind: 'paragraph',
      text: `Your probation practitioner is ${change.name}.${change.since ? ` They have worked with you since ${formatLongDate(change.since)}.` : ''}`,
    },
  ]
  if (change.previousName) {
    blocks.push(
      { kind: 'heading', text: 'Why it changed' },
      {
        kind: 'paragraph',
        text: `Before, your practitioner was ${change.previousName}. It changed because ${change.why ?? 'of a change in our team'}.`,
      },
    )
  }
  blocks.push(
    { kind: 'heading', text: 'What happens now' },
    {
      kind: 'paragraph',
      text: `${change.name} has been told about you and your plan, so you do not have to start again. Keep going to your appointments.`,
    },
    { kind: 'paragraph', text: 'You can ask someone you trust to help you read this letter.' },
  )
  return {
    title: change.previousName ? 'Your probation practitioner has changed' : 'Your probation practitioner',
    subtitle: `For ${name}. Written on ${formatLongDate(today)}.`,
    blocks,
  }
}
