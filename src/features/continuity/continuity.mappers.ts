import type { AllocationEvent } from '../../platform/case/allocation-history.rules.ts'
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import { REASON_FOR_PERSON, REASON_NAMES, type Reason } from '../people/index.ts'

/** An allocation row as the people feature gives it. */
export interface AllocationRow {
  id: string
  kind: 'pom' | 'com'
  staff_id: string | null
  staff_name: string | null
  allocated_by_name: string | null
  allocated_on: string
  reason_code: string | null
  reason: string | null
  handover_note: string | null
  handover_meeting_date: string | null
  handover_meeting_notes: string | null
  letter_wanted: boolean
}

export const toEvents = (rows: readonly AllocationRow[]): AllocationEvent[] =>
  rows.map(row => ({ kind: row.kind, staffId: row.staff_id, on: row.allocated_on }))

export function toAllocation(row: AllocationRow) {
  const reasonCode = row.reason_code as Reason | null
  return {
    id: row.id,
    kind: row.kind,
    staffId: row.staff_id,
    staffName: row.staff_name,
    on: row.allocated_on,
    by: row.allocated_by_name,
    reasonCode,
    reason: reasonCode
      ? reasonCode === 'other'
        ? (row.reason ?? REASON_NAMES.other)
        : REASON_NAMES[reasonCode]
      : null,
    handoverNote: row.handover_note,
    handoverMeetingDate: row.handover_meeting_date,
    handoverMeetingNotes: row.handover_meeting_notes,
    letterWanted: row.letter_wanted,
  }
}

export type Allocation = ReturnType<typeof toAllocation>

/**
 * Who the person's COM is (the record's, which the history may not go back to) and, if it changed, who it was
 * before and why, as the person is told it. The change is the allocation that began the current COM's run.
 */
export function practitionerChange(
  rows: readonly AllocationRow[],
  current: { id: string; name: string | null } | null,
) {
  if (!current) return null
  const named = rows.filter(r => r.kind === 'com' && r.staff_id)
  let start = named.map(r => r.staff_id).lastIndexOf(current.id)
  while (start > 0 && named[start - 1]!.staff_id === current.id) start -= 1
  const began = start >= 0 ? named[start] : undefined
  const previous = start > 0 ? named[start - 1] : undefined
  const reasonCode = began?.reason_code as Reason | null | undefined
  return {
    name: current.name,
    since: began?.allocated_on ?? null,
    previousName: previous?.staff_name ?? null,
    why: previous && reasonCode ? REASON_FOR_PERSON[reasonCode] : null,
    /** The reason, for saying it in the person's language (continuity/locales, `why.<reason>`). */
    whyCode: previous && reasonCode ? reasonCode : null,
    letterWanted: began?.letter_wanted ?? false,
  }
}

export type PractitionerChange = NonNullable<ReturnType<typeof practitionerChange>>

/** Every allocation and change of practitioner as moments of the person's timeline, at the time it was made. */
export function allocationEvents(
  personId: string,
  rows: readonly (AllocationRow & { allocated_at: Date })[],
): TimelineEvent[] {
  return rows.map(row => ({
    at: row.allocated_at.toISOString(),
    title: `${row.kind === 'com' ? 'Community' : 'Prison'} offender manager: ${row.staff_name ?? 'nobody allocated'}`,
    description: row.reason_code ? `Reason: ${REASON_NAMES[row.reason_code as Reason]}` : undefined,
    by: row.allocated_by_name ?? undefined,
    kind: 'allocation',
    href: `/people/${personId}/continuity`,
  }))
}
