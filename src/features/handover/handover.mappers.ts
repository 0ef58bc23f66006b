import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { keyDatesForEpisode } from '../key-dates/index.ts'
import type { PersonCase } from '../people/index.ts'
import type { ContactRow, FlagFactsRow, HandoverRepository, MeetingColumns, MeetingRow } from './handover.repository.ts'
import { handoverFlags, heldLate, type HandoverFacts } from './handover.rules.ts'
import type { MeetingInput } from './handover.schemas.ts'
import { attendeesText, CONTACT_TYPE_NAMES, contactStatusText, meetingStatusText } from './handover.wording.ts'

/** Rows become the plain objects that pages, the report and the API show. */
export function toMeeting(row: MeetingRow) {
  return {
    id: row.id,
    date: row.meeting_date,
    com: { id: row.com_id, name: row.com_name },
    pom: row.pom_id ? { id: row.pom_id, name: row.pom_name } : null,
    personAttended: row.person_attended,
    supporter: row.supporter_name ? { name: row.supporter_name, relationship: row.supporter_relationship } : null,
    notes: row.notes,
    recordedBy: row.recorded_by_name,
    version: row.version,
  }
}

export function toContact(row: ContactRow) {
  return {
    id: row.id,
    date: row.contact_date,
    type: row.contact_type,
    met: row.met,
    note: row.note,
    com: { id: row.com_id, name: row.com_name },
  }
}

/** What the meeting form shows: the meeting as recorded, in the form's own field names. */
export function toMeetingFormValues(meeting: Meeting | null) {
  if (!meeting) return {}
  return {
    meetingDate: meeting.date,
    attendees: [
      'com',
      ...(meeting.pom ? ['pom'] : []),
      ...(meeting.personAttended ? ['person'] : []),
      ...(meeting.supporter ? ['supporter'] : []),
    ],
    supporterName: meeting.supporter?.name,
    supporterRelationship: meeting.supporter?.relationship,
    notes: meeting.notes,
    version: meeting.version,
  }
}

/** The meeting as stored: the practitioners who attended are the ones allocated when it is saved. */
export function toMeetingColumns(
  meeting: MeetingInput,
  allocated: { comId: string; pomId: string | null },
): MeetingColumns {
  const attended = new Set(meeting.attendees)
  const supporter = attended.has('supporter')
  return {
    meetingDate: meeting.meetingDate,
    comId: allocated.comId,
    pomId: attended.has('pom') ? allocated.pomId : null,
    personAttended: attended.has('person'),
    supporterName: supporter ? (meeting.supporterName ?? null) : null,
    supporterRelationship: supporter ? (meeting.supporterRelationship ?? null) : null,
    notes: meeting.notes ?? null,
  }
}

export type Meeting = ReturnType<typeof toMeeting>
export type Contact = ReturnType<typeof toContact>

/** A person's case as PeopleService.caseFor gives it: the record, the current custody episode, the right to edit. */
export type HandoverCase = PersonCase
type Episode = NonNullable<HandoverCase['episode']>

/** The facts the handover rules read, from an episode's derived key dates and what has been recorded. */
export function factsOf(
  derived: Episode['derived'] | undefined,
  recorded: { releaseDate: IsoDate | null; meetingDate: IsoDate | null; metByCom: boolean },
): HandoverFacts {
  return {
    handoverDate: derived?.handoverDate ?? null,
    comResponsibleFromStart: derived ? derived.comResponsibleFromStart : null,
    earliestReleaseDate: derived?.earliestReleaseDate ?? null,
    ...recorded,
  }
}

/** The key dates derived from an episode as `flagFacts` reads it; null without one, or with incomplete dates. */
export function derivedKeyDates(row: FlagFactsRow): Episode['derived'] {
  const { episodeId, sentenceType, arrivalDate, sentenceStartDate } = row
  if (!episodeId || !sentenceType || !arrivalDate || !sentenceStartDate) return null
  const parole = row.parole ?? false
  const earlyAllocation = row.earlyAllocation ?? false
  const episode = { ...row, sentenceType, arrivalDate, sentenceStartDate, parole, earlyAllocation }
  return keyDatesForEpisode(episode)?.keyDates ?? null
}

/** Everything the handover page, the report and the API show of one case, decided by the handover rules. */
export function handoverView(
  record: HandoverCase,
  recorded: { meeting: Meeting | null; contacts: Contact[] },
  today: IsoDate,
  canRecord: boolean,
) {
  const { person, episode } = record
  const { meeting, contacts } = recorded
  const metByCom = contacts.some(c => c.met && c.com.id === person.com?.id)
  const facts = factsOf(episode?.derived, {
    releaseDate: episode?.releaseDate ?? null,
    meetingDate: meeting?.date ?? null,
    metByCom,
  })
  const flags = handoverFlags(facts, today)
  return {
    person,
    episode,
    meeting,
    meetingAttendees: meeting ? attendeesText(meeting) : null,
    contacts,
    flags,
    meetingStatus: meetingStatusText(flags.meetingStatus, {
      handoverDate: facts.handoverDate,
      meetingDate: facts.meetingDate,
      late: heldLate(facts),
      hasEpisode: Boolean(episode),
    }),
    contactStatus: contactStatusText(flags, {
      metByCom,
      comAllocated: Boolean(person.com),
      earliestReleaseDate: facts.earliestReleaseDate,
      releaseDate: facts.releaseDate,
    }),
    /** Whether this user may record the meeting and contacts, and whether the record allows them yet. */
    canRecord,
    comAllocated: Boolean(person.com),
  }
}

export type HandoverView = ReturnType<typeof handoverView>

type Journal = Awaited<ReturnType<HandoverRepository['journal']>>

/** The handover feature's moments on a person's timeline: the handover meeting and the COM's contacts. */
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
