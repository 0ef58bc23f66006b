import { formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { ReportBlock, ReportSection } from '../../platform/case/report-section.ts'
import type { HandoverCase, HandoverView } from './handover.mappers.ts'
import { CONTACT_TYPE_NAMES } from './handover.wording.ts'

const SENTENCE_TYPE_NAMES: Record<string, string> = {
  determinate: 'Determinate',
  indeterminate: 'Indeterminate',
  recall: 'Recall',
  immigration: 'Immigration detention',
}

const date = (value: IsoDate | null | undefined, otherwise = 'Not known') => formatLongDate(value) || otherwise
const summary = (rows: [string, string][]): ReportBlock => ({
  kind: 'summary',
  rows: rows.map(([key, value]) => ({ key, value })),
})

/** Who the person is, their sentence and the deadlines derived from it, and who is allocated. */
export function caseSections({ person, episode }: HandoverCase): ReportSection[] {
  const personal: ReportSection = {
    id: 'personal-details',
    title: 'Personal details',
    blocks: [
      summary([
        ['Name', `${person.firstName} ${person.lastName}`],
        ['Preferred name', person.preferredName ?? 'Not given'],
        ['Pronouns', person.pronouns ?? 'Not given'],
        ['Date of birth', date(person.dateOfBirth)],
        ['CRN', person.crn],
        ['Prison number', person.prisonNumber ?? 'None'],
        ['Community area', person.communityArea ?? 'Not known'],
      ]),
    ],
  }
  const allocation: ReportSection = {
    id: 'allocation',
    title: 'Who is allocated',
    blocks: [
      summary([
        [
          'Community offender manager',
          person.com ? `${person.com.name}${person.com.team ? ` (${person.com.team})` : ''}` : 'Not allocated',
        ],
        ['Prison offender manager', person.pom?.name ?? 'Not allocated'],
      ]),
    ],
  }
  return [personal, keyDatesSection(episode), allocation]
}

function keyDatesSection(episode: HandoverCase['episode']): ReportSection {
  const section = { id: 'key-dates', title: 'Sentence, key dates and deadlines' }
  if (!episode) return { ...section, blocks: [{ kind: 'text', text: 'No custody episode is recorded.' }] }
  const derived = episode.derived
  const handover = derived?.comResponsibleFromStart
    ? 'The COM is responsible from the start'
    : date(derived?.handoverDate)
  return {
    ...section,
    blocks: [
      summary([
        ['Sentence type', SENTENCE_TYPE_NAMES[episode.sentenceType] ?? episode.sentenceType],
        ['Prison', episode.prisonName ?? 'Not recorded'],
        ['Arrived in custody', date(episode.arrivalDate)],
        ['Sentence start date', date(episode.sentenceStartDate)],
        ['Earliest release date', date(derived?.earliestReleaseDate)],
        ['Handover to community', handover],
        ['Why', episode.responsibility ?? 'Not known'],
        ['COM allocation overdue from', date(derived?.comAllocationOverdueFrom)],
        ['Needs screening due', date(derived?.screeningDueDate)],
        ['Pre-release review due', date(derived?.preReleaseReviewDueDate)],
        ['Conditional release date', date(episode.conditionalReleaseDate)],
        ['Automatic release date', date(episode.automaticReleaseDate)],
        ['Parole eligibility date', date(episode.paroleEligibilityDate)],
        ['Home detention curfew eligibility date', date(episode.homeDetentionCurfewEligibilityDate)],
        ['Tariff expiry date', date(episode.tariffExpiryDate)],
        ['Licence expiry date', date(episode.licenceExpiryDate)],
        ['Sentence expiry date', date(episode.sentenceExpiryDate)],
        ['Top-up supervision end date', date(episode.topUpSupervisionEndDate)],
        ['Released', date(episode.releaseDate, 'Not released')],
      ]),
    ],
  }
}

/** The handover meeting and the COM's contacts before release, as recorded. */
export function handoverSections(view: HandoverView): ReportSection[] {
  const { meeting, contacts } = view
  const meetingBlocks: ReportBlock[] = [{ kind: 'text', text: view.meetingStatus.text }]
  if (meeting) {
    meetingBlocks.push(
      summary([
        ['Date', date(meeting.date)],
        ['Who attended', view.meetingAttendees ?? 'Not recorded'],
        ['Notes', meeting.notes ?? 'None'],
        ['Recorded by', meeting.recordedBy],
      ]),
    )
  }
  const contactBlocks: ReportBlock[] = [{ kind: 'text', text: view.contactStatus.text }]
  contactBlocks.push(
    contacts.length
      ? {
          kind: 'table',
          head: ['Date', 'Type', 'Met', 'COM', 'Note'],
          rows: contacts.map(c => [
            date(c.date),
            CONTACT_TYPE_NAMES[c.type],
            c.met ? 'Yes' : 'No',
            c.com.name,
            c.note ?? '',
          ]),
        }
      : { kind: 'text', text: 'No contacts before release are recorded.' },
  )
  return [
    { id: 'handover-meeting', title: 'Handover meeting', blocks: meetingBlocks },
    { id: 'contacts', title: 'COM contacts before release', blocks: contactBlocks },
  ]
}
