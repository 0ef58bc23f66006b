import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { Allocation } from './continuity.mappers.ts'
import type { KeptSameCom } from './continuity.rules.ts'

export const KEPT_TEXT: Record<KeptSameCom, string> = {
  kept: 'Yes',
  'not-kept': 'No',
  'not-yet-measurable': 'Not known until 12 weeks after release',
}

/** Each allocation as a heading and the GOV.UK summary rows of what was recorded with it, the latest first. */
export function historyView(history: readonly Allocation[]) {
  return history.map(a => ({
    heading: `${formatLongDate(a.on)}: ${a.kind === 'com' ? 'Community' : 'Prison'} offender manager ${a.staffName ?? 'taken off'}`,
    rows: [
      ['Allocated by', a.by ?? 'Not recorded'],
      ...(a.reason ? [['Reason', a.reason]] : []),
      ...(a.handoverNote ? [['Handover note', a.handoverNote]] : []),
      ...(a.handoverMeetingDate
        ? [
            [
              'Three-way handover meeting',
              [formatLongDate(a.handoverMeetingDate), a.handoverMeetingNotes].filter(Boolean).join('. '),
            ],
          ]
        : []),
    ].map(([key, value]) => ({ key: { text: key }, value: { text: value } })),
  }))
}

/** The team's measure of who kept the same COM, in words. */
export function keptShareText(measures: { keptShare: number | null; kept: number; measured: number }): string {
  if (measures.keptShare === null) return 'No release to measure yet'
  return `${Math.round(measures.keptShare * 100)}% (${measures.kept} of ${measures.measured} released people)`
}
