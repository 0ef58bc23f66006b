/**
 * Needs and the work in custody as sections of the handover report (the document model of handover-report.ts:
 * summary rows, tables and text, already in words). Written structurally, so that needs depends on no handover
 * code. Pure.
 */
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import { NEEDS_LABELS } from './needs.catalogue.ts'
import type { NeedsSummary } from './needs-summary.ts'
import { CHANGE_WORDS } from './needs.wording.ts'

const STATE_PREFIX: Record<string, string> = { overdue: 'Overdue. ', 'due-today': 'Due today. ' }
const deadlineLine = (d: { state: string; words: string }) => (STATE_PREFIX[d.state] ?? '') + d.words

export function needsReportSections(needs: NeedsSummary) {
  const { deadlines, screenings, pathways, actions } = needs
  const reviewed = screenings.preRelease !== null
  const pathwayRows = pathways.map(p => [
    [p.label, ...p.womensNeeds.map(n => NEEDS_LABELS.womensNeeds[n])].join(', '),
    p.latest ? NEEDS_LABELS.statuses[p.latest.status] : 'Not answered',
    p.latest?.urgency ? NEEDS_LABELS.urgencies[p.latest.urgency] : 'None',
    p.latest?.ownWords ?? '',
    ...(reviewed ? [p.change ? CHANGE_WORDS[p.change] : ''] : []),
  ])
  const screened = screenings.arrival !== null || reviewed
  return [
    {
      id: 'needs',
      title: 'Needs',
      blocks: [
        {
          kind: 'summary' as const,
          rows: [
            { key: 'Screening on arrival', value: deadlineLine(deadlines.arrival) },
            { key: 'Pre-release review', value: deadlineLine(deadlines.preRelease) },
          ],
        },
        screened
          ? {
              kind: 'table' as const,
              head: ['Pathway', 'Status', 'How pressing', 'In their own words', ...(reviewed ? ['Since arrival'] : [])],
              rows: pathwayRows,
            }
          : { kind: 'text' as const, text: 'No screening has been recorded yet.' },
      ],
    },
    {
      id: 'work-in-custody',
      title: 'Work in custody',
      blocks: [
        actions.length
          ? {
              kind: 'table' as const,
              head: ['Need', 'Action', 'Who', 'Due', 'Progress'],
              rows: actions.map(a => [
                NEEDS_LABELS.pathways[a.pathway as keyof typeof NEEDS_LABELS.pathways] ?? a.pathway,
                a.description,
                NEEDS_LABELS.owners[a.owner] + (a.ownerName ? `: ${a.ownerName}` : ''),
                formatLongDate(a.dueDate) + (a.overdue ? ', overdue' : ''),
                NEEDS_LABELS.progress[a.progress] + (a.completedOn ? ` on ${formatLongDate(a.completedOn)}` : ''),
              ]),
            }
          : { kind: 'text' as const, text: 'No actions have been planned yet.' },
      ],
    },
  ]
}
