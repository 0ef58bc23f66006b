/**
 * Handover rules: issue 4, "Handover that happens". Pure: no I/O, no clock (today is an argument).
 *
 * Decisions where the issue is silent:
 * - The handover meeting is overdue from the day after the handover date: on the handover date itself it is
 *   still due. A meeting held late stops the flag and is shown as late.
 * - Where the COM is responsible from the start (recall, immigration, short sentences, or a handover that
 *   would fall on or before the sentence start) there is no handover, so no handover meeting is due and none
 *   is ever flagged. One may still be recorded (a three-way meeting is good practice) and is then shown as
 *   held. The 12-week contact flag applies to these cases as to every other: the COM must still meet the
 *   person before release.
 * - A person released without a handover meeting is not flagged any more (nothing can be done), but the
 *   page and the report say it was missed.
 * - The contact flag counts only a contact in which the person met their current COM (a visit or a video
 *   call) during the current custody episode: a new COM has not met the person until they do.
 * - A person still in custody after their earliest release date (parole not yet directed, for example) stays
 *   within the 12 weeks, so stays flagged until the COM meets them.
 */
import { daysBetween, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { FieldError } from '../../platform/errors/errors.ts'

/**
 * OMiC expectations for handover practice, recorded 2026-11-23 from issue 4 and DOMAIN.md. Practice
 * changes: change these figures here and nowhere else.
 */
export const HANDOVER_POLICY = {
  name: 'OMiC handover meeting and COM contact before release (issue 4)',
  recordedOn: '2026-11-23',
  /** Anyone this many days (12 weeks) or fewer before their earliest release whom the COM has not met is flagged. */
  comMeetingWindowDays: 84,
  /** Only in these kinds of contact do the COM and the person see each other, so only these can be a meeting. */
  meetingContactTypes: ['visit', 'video'] as readonly string[],
} as const

export const CONTACT_TYPES = ['visit', 'video', 'phone', 'letter'] as const
export type ContactType = (typeof CONTACT_TYPES)[number]

export const ATTENDEES = ['pom', 'com', 'person', 'supporter'] as const
export type Attendee = (typeof ATTENDEES)[number]

/** What the flags are decided from: the key-date rules' answers and what has been recorded. */
export interface HandoverFacts {
  /** Null when the record lacks what the key-date rules need. */
  handoverDate: IsoDate | null
  /** Null when not known (no custody episode, or incomplete key dates). */
  comResponsibleFromStart: boolean | null
  earliestReleaseDate: IsoDate | null
  releaseDate: IsoDate | null
  meetingDate: IsoDate | null
  /** Whether the current COM has met the person (a visit or video call) in this custody episode. */
  metByCom: boolean
}

export type MeetingStatus = 'held' | 'due' | 'overdue' | 'not-needed' | 'missed' | 'not-known'

export interface HandoverFlags {
  meetingStatus: MeetingStatus
  /** The handover date has passed with no handover meeting recorded, and the person is still in custody. */
  meetingOverdue: boolean
  /** Within 12 weeks of the earliest release date (or past it), still in custody, and not met by the COM. */
  comNotMet: boolean
  /** Days from today to the earliest release date while in custody; negative once it has passed. */
  daysToRelease: number | null
}

export function meetingStatus(facts: HandoverFacts, today: IsoDate): MeetingStatus {
  if (facts.meetingDate) return 'held'
  if (facts.comResponsibleFromStart) return 'not-needed'
  if (facts.comResponsibleFromStart === null || !facts.handoverDate) return 'not-known'
  if (facts.releaseDate) return 'missed'
  return today > facts.handoverDate ? 'overdue' : 'due'
}

export function daysToRelease(facts: HandoverFacts, today: IsoDate): number | null {
  if (facts.releaseDate || !facts.earliestReleaseDate) return null
  return daysBetween(today, facts.earliestReleaseDate)
}

export function comNotMet(facts: HandoverFacts, today: IsoDate): boolean {
  const days = daysToRelease(facts, today)
  return days !== null && days <= HANDOVER_POLICY.comMeetingWindowDays && !facts.metByCom
}

export function handoverFlags(facts: HandoverFacts, today: IsoDate): HandoverFlags {
  const status = meetingStatus(facts, today)
  return {
    meetingStatus: status,
    meetingOverdue: status === 'overdue',
    comNotMet: comNotMet(facts, today),
    daysToRelease: daysToRelease(facts, today),
  }
}

/** A meeting held after the handover date it was due by. */
export function heldLate(facts: HandoverFacts): boolean {
  return Boolean(facts.meetingDate && facts.handoverDate && facts.meetingDate > facts.handoverDate)
}

const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1)

/** A handover meeting or a contact before release has happened: it is dated today or earlier. */
export function futureDateProblem(label: string, date: IsoDate | undefined, today: IsoDate): string | null {
  return date && date > today ? `${capitalised(label)} must be today or in the past` : null
}

/**
 * A handover meeting or a contact before release happens while the person is in custody: on or after the day
 * they arrived, and on or before the day of release.
 */
export function custodyDateProblems(
  field: string,
  label: string,
  date: IsoDate,
  episode: { arrivalDate: IsoDate; releaseDate: IsoDate | null },
): FieldError[] {
  const name = capitalised(label)
  if (date < episode.arrivalDate) {
    const arrived = formatLongDate(episode.arrivalDate)
    return [{ field, message: `${name} must be on or after the day the person arrived in custody, ${arrived}` }]
  }
  if (episode.releaseDate && date > episode.releaseDate) {
    const released = formatLongDate(episode.releaseDate)
    return [{ field, message: `${name} must be on or before the day the person was released, ${released}` }]
  }
  return []
}

export interface AttendeeList {
  attendees: readonly Attendee[]
  supporterName?: string | undefined
  supporterRelationship?: string | undefined
}

/** The COM must attend, with the POM or the person (or both); a supporter is named with their relationship. */
export function attendeeProblems(meeting: AttendeeList): FieldError[] {
  const problems: FieldError[] = []
  const present = new Set(meeting.attendees)
  if (!present.has('com')) {
    problems.push({
      field: 'attendees',
      message: 'Select the community offender manager: the COM must attend the handover meeting',
    })
  } else if (!present.has('pom') && !present.has('person')) {
    problems.push({
      field: 'attendees',
      message: 'Select who met the COM: the prison offender manager, the person, or both',
    })
  }
  if (present.has('supporter')) {
    if (!meeting.supporterName) problems.push({ field: 'supporterName', message: 'Enter the supporter’s name' })
    if (!meeting.supporterRelationship) {
      problems.push({ field: 'supporterRelationship', message: 'Enter how the supporter knows the person' })
    }
  }
  return problems
}

/** The POM who attended is the one allocated (the name comes from the allocation), so one must be. */
export function allocationProblems(attendees: readonly Attendee[], allocated: { pom: boolean }): FieldError[] {
  if (attendees.includes('pom') && !allocated.pom) {
    return [
      {
        field: 'attendees',
        message: 'No prison offender manager is allocated to this person: allocate one first, or do not select the POM',
      },
    ]
  }
  return []
}

/** Only a visit or a video call can be a meeting; a phone call or a letter is still a contact. */
export function contactProblems(contact: { contactType: ContactType; met: boolean }): FieldError[] {
  if (contact.met && !HANDOVER_POLICY.meetingContactTypes.includes(contact.contactType)) {
    return [
      {
        field: 'met',
        message: 'Select ‘No’ for a phone call or a letter: only a visit or a video call can be a meeting',
      },
    ]
  }
  return []
}
