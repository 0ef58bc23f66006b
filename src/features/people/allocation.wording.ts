import type { Reason } from './allocation.rules.ts'

export const REASON_NAMES: Record<Reason, string> = {
  'staff-left': 'The practitioner left or moved job',
  workload: 'Workload',
  'risk-escalation': 'Risk escalation',
  'person-asked': 'The person asked for a change',
  'moved-area': 'The person moved area',
  other: 'Other',
}

/** The same reasons, as the person is told them on their own page and in their letter. */
export const REASON_FOR_PERSON: Record<Reason, string> = {
  'staff-left': 'your last practitioner has left or moved to another job',
  workload: 'we needed to share out work more fairly between practitioners',
  'risk-escalation': 'your case needs a practitioner with different experience',
  'person-asked': 'you asked for a change',
  'moved-area': 'you have moved to a new area',
  other: 'of a change in our team',
}
