/** The handover feature's moments on a person's timeline: the handover meeting and the COM's contacts. */
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import type { HandoverRepository } from './handover.repository.ts'
import { CONTACT_TYPE_NAMES } from './handover.wording.ts'

type Journal = Awaited<ReturnType<HandoverRepository['journal']>>

export function handoverEvents(personId: string, { meetings, contacts }: Journal): TimelineEvent[] {
  const href = `/people/${personId}/handover`
  return [
    ...meetings.map(m => ({ at: m.meeting_date, title: 'Handover meeting', by: m.by, kind: 'handover', href })),
    ...contacts.map(c => ({
      at: c.contact_date,
      title: `Contact with the community offender manager: ${CONTACT_TYPE_NAMES[c.contact_type].toLowerCase()}`,
      description: c.met ? 'They met' : 'They did not meet',
      by: c.by,
      kind: 'handover',
      href,
    })),
  ]
}
