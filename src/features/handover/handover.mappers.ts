import type { ContactRow, MeetingColumns, MeetingRow } from './handover.repository.ts'
import type { MeetingInput } from './handover.schemas.ts'

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
