import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { OverviewService } from './overview.service.ts'

type Overview = Awaited<ReturnType<OverviewService['overview']>>
type Episode = Overview['episodes'][number]

const SENTENCE_TYPE_NAMES: Record<string, string> = {
  determinate: 'Determinate',
  indeterminate: 'Indeterminate',
  recall: 'Recall',
  immigration: 'Immigration detention',
}

const date = (value: string | null | undefined) => formatLongDate(value) || 'Not known'
interface Action {
  href: string
  text: string
  hidden: string
  qa: string
}

const row = (key: string, value: string, action?: Action) => ({
  key: { text: key },
  value: { text: value },
  ...(action
    ? {
        actions: {
          items: [
            {
              href: action.href,
              text: action.text,
              visuallyHiddenText: action.hidden,
              attributes: { 'data-qa': action.qa },
            },
          ],
        },
      }
    : {}),
})

/** The overview's summary lists, each change offered only to those who may make it. */
export function overviewRows(view: Overview) {
  const { person, canEdit, canAllocate } = view
  const base = `/people/${person.id}`
  const change = (path: string, hidden: string, qa: string) =>
    canEdit ? { href: `${base}${path}`, text: 'Change', hidden, qa } : undefined
  const allocate = canAllocate
    ? { href: `${base}/allocation`, text: 'Change', hidden: 'allocation', qa: 'change-allocation' }
    : undefined
  return {
    personalRows: [
      row('Name', `${person.firstName} ${person.lastName}`, change('/edit', 'personal details', 'edit-person')),
      row('Preferred name', person.preferredName ?? 'Not given'),
      row('CRN', person.crn),
      row('Prison number', person.prisonNumber ?? 'None'),
      row('Pronouns', person.pronouns ?? 'Not given'),
      row('Date of birth', date(person.dateOfBirth)),
      row('Community area', person.communityArea ?? 'Not known'),
      row('Probation delivery unit', person.pdu?.name ?? 'Not known'),
    ],
    allocationRows: [
      row(
        'Community offender manager',
        person.com ? `${person.com.name}${person.com.team ? ` (${person.com.team})` : ''}` : 'Not allocated',
        allocate,
      ),
      row('Prison offender manager', person.pom?.name ?? 'Not allocated'),
      row('Changes of COM this sentence', String(view.comChanges)),
    ],
    episodes: view.episodes.map((episode, index) => ({
      id: episode.id,
      title: `${SENTENCE_TYPE_NAMES[episode.sentenceType]} sentence from ${date(episode.sentenceStartDate)}`,
      current: index === 0 && !episode.releaseDate,
      rows: keyDateRows(episode),
      changeHref: canEdit ? `${base}/custody/${episode.id}/edit` : null,
    })),
  }
}

function keyDateRows(e: Episode) {
  const derived = e.derived
  const handover = derived?.comResponsibleFromStart
    ? 'The COM is responsible from the start'
    : date(derived?.handoverDate)
  return [
    row('Prison', e.prisonName ?? 'Not recorded'),
    row('Arrived in custody', date(e.arrivalDate)),
    row('Earliest release date', date(derived?.earliestReleaseDate)),
    row('Handover to community', handover),
    row('Conditional release date', date(e.conditionalReleaseDate)),
    row('Automatic release date', date(e.automaticReleaseDate)),
    row('Parole eligibility date', date(e.paroleEligibilityDate)),
    row('Home detention curfew eligibility date', date(e.homeDetentionCurfewEligibilityDate)),
    row('Tariff expiry date', date(e.tariffExpiryDate)),
    row('Licence expiry date', date(e.licenceExpiryDate)),
    row('Sentence expiry date', date(e.sentenceExpiryDate)),
    row('Top-up supervision end date', date(e.topUpSupervisionEndDate)),
    row('Released', e.releaseDate ? date(e.releaseDate) : 'Not released'),
  ]
}
