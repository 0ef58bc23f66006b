import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { keyDatesForEpisode } from '../key-dates/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { Contact, Meeting } from './handover.mappers.ts'
import type { FlagFactsRow } from './handover.repository.ts'
import { handoverFlags, heldLate, type HandoverFacts } from './handover.rules.ts'
import { attendeesText, contactStatusText, meetingStatusText } from './handover.wording.ts'

/** A person's case as PeopleService.caseFor gives it: the record, the current custody episode, the right to edit. */
export type HandoverCase = Awaited<ReturnType<PeopleService['caseFor']>>
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
export function handoverView(record: HandoverCase, meeting: Meeting | null, contacts: Contact[], today: IsoDate) {
  const { person, episode, canEdit } = record
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
    canRecord: canEdit && Boolean(episode),
    comAllocated: Boolean(person.com),
  }
}

export type HandoverView = ReturnType<typeof handoverView>
