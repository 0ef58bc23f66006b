/**
 * Why a practitioner changed, with no I/O.
 *
 * A change of practitioner says why and what the new practitioner must be told (changes are counted by
 * `platform/case/allocation-history.rules.ts`).
 */
export const REASONS = ['staff-left', 'workload', 'risk-escalation', 'person-asked', 'moved-area', 'other'] as const
export type Reason = (typeof REASONS)[number]

export interface ReallocationDetails {
  reasonCode?: Reason
  reasonOther?: string
  handoverNote?: string
}

/** A reallocation (someone was allocated before) says why and what the new practitioner must be told. */
export function reallocationProblems(details: ReallocationDetails): { field: string; message: string }[] {
  const problems = []
  if (!details.reasonCode) problems.push({ field: 'reasonCode', message: 'Select the reason for the change' })
  if (details.reasonCode === 'other' && !details.reasonOther)
    problems.push({ field: 'reasonOther', message: 'Enter the reason for the change' })
  if (!details.handoverNote)
    problems.push({ field: 'handoverNote', message: 'Enter a handover note for the new practitioner' })
  return problems
}
