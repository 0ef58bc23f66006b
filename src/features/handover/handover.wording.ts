import { addDays, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { HANDOVER_POLICY, type ContactType, type HandoverFlags, type MeetingStatus } from './handover.rules.ts'

/** The words the handover page, the report and the API use for each status: said once, here. */
export interface StatusText {
  tag: string
  /** A GOV.UK tag colour class. */
  classes: string
  text: string
}

export const CONTACT_TYPE_NAMES: Record<ContactType, string> = {
  visit: 'Visit',
  video: 'Video call',
  phone: 'Phone call',
  letter: 'Letter',
}

const MEETING_TAGS: Record<MeetingStatus, Omit<StatusText, 'text'>> = {
  held: { tag: 'Held', classes: 'govuk-tag--green' },
  due: { tag: 'Due', classes: 'govuk-tag--blue' },
  overdue: { tag: 'Overdue', classes: 'govuk-tag--red' },
  'not-needed': { tag: 'Not needed', classes: 'govuk-tag--grey' },
  missed: { tag: 'Not held', classes: 'govuk-tag--orange' },
  'not-known': { tag: 'Not known', classes: 'govuk-tag--grey' },
}

interface MeetingFacts {
  handoverDate: IsoDate | null
  meetingDate: IsoDate | null
  late: boolean
  hasEpisode: boolean
}

export function meetingStatusText(status: MeetingStatus, facts: MeetingFacts): StatusText {
  const handover = formatLongDate(facts.handoverDate)
  const text: Record<MeetingStatus, string> = {
    held: facts.late
      ? `Held on ${formatLongDate(facts.meetingDate)}, after the handover date of ${handover}.`
      : `Held on ${formatLongDate(facts.meetingDate)}.`,
    due: `Due by the handover date, ${handover}.`,
    overdue: `The handover date, ${handover}, has passed without a handover meeting. Arrange it now.`,
    'not-needed': 'No handover meeting is needed: the COM is responsible from the start.',
    missed: 'The person was released without a handover meeting.',
    'not-known': facts.hasEpisode
      ? 'The handover date is not known: the custody episode lacks the dates it is worked out from.'
      : 'No custody episode is recorded, so there is no handover yet.',
  }
  return { ...MEETING_TAGS[status], text: text[status] }
}

interface ContactFacts {
  metByCom: boolean
  comAllocated: boolean
  earliestReleaseDate: IsoDate | null
  releaseDate: IsoDate | null
}

export function contactStatusText(flags: HandoverFlags, facts: ContactFacts): StatusText {
  if (facts.metByCom) {
    return { tag: 'Met by COM', classes: 'govuk-tag--green', text: 'The COM has met the person in custody.' }
  }
  if (flags.comNotMet) {
    const who = facts.comAllocated ? 'their COM has not met them yet' : 'no COM is allocated to meet them'
    return {
      tag: 'Not met by COM',
      classes: 'govuk-tag--red',
      text: `${releaseIn(flags.daysToRelease)}, and ${who}. Arrange a visit or a video call.`,
    }
  }
  if (facts.releaseDate) {
    return {
      tag: 'Released',
      classes: 'govuk-tag--grey',
      text: `Released on ${formatLongDate(facts.releaseDate)} without meeting the COM in custody.`,
    }
  }
  if (!facts.earliestReleaseDate) {
    return { tag: 'Not known', classes: 'govuk-tag--grey', text: 'The earliest release date is not known.' }
  }
  const windowStart = addDays(facts.earliestReleaseDate, -HANDOVER_POLICY.comMeetingWindowDays)
  return {
    tag: 'Not met yet',
    classes: 'govuk-tag--grey',
    text: `The COM should meet the person before ${formatLongDate(windowStart)}, 12 weeks before the earliest release date.`,
  }
}

/** "Release is due in 12 days", "Release is due today", "The earliest release date passed 3 days ago". */
export function releaseIn(days: number | null): string {
  if (days === null) return 'The earliest release date is not known'
  if (days > 1) return `Release is due in ${days} days`
  if (days === 1) return 'Release is due tomorrow'
  if (days === 0) return 'Release is due today'
  return `The earliest release date passed ${-days === 1 ? '1 day' : `${-days} days`} ago`
}

/** "Sam Carter (COM), Ali Khan (POM), the person, Jo Reid (sister, a supporter)". */
interface Attended {
  com: { name: string }
  pom: { name: string | null } | null
  personAttended: boolean
  supporter: { name: string; relationship: string | null } | null
}

export function attendeesText(meeting: Attended): string {
  return [
    `${meeting.com.name} (COM)`,
    ...(meeting.pom ? [`${meeting.pom.name} (POM)`] : []),
    ...(meeting.personAttended ? ['the person'] : []),
    ...(meeting.supporter ? [`${meeting.supporter.name} (${meeting.supporter.relationship}, a supporter)`] : []),
  ].join(', ')
}
