/**
 * A custody episode's readiness as the pages and the API show it: each item with its due date, state and RAG,
 * the summary, the housing duty and the release-day check. Pure: the service passes what it has read.
 */
import { dayOfWeek, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { choiceText, ITEMS } from './readiness-items.ts'
import {
  dueDate,
  hasAccommodationNeed,
  housingDuty,
  ITEM_KEYS,
  itemRag,
  itemState,
  releaseAnchor,
  summarise,
  type ItemKey,
  type ItemStatus,
  type ReadinessSummary,
} from './readiness.rules.ts'
import { checkReleaseDay, type BankHolidayCalendar } from './release-day.rules.ts'
import { formatTime } from './time-of-day.ts'

export interface StoredItem {
  item: ItemKey
  status: ItemStatus
  details: Record<string, unknown>
  note: string | null
  version: number
  updated_at: Date
  updated_by_name?: string | null
}

export interface StoredReferral {
  id: string
  council: string
  sent_on: IsoDate
  reference: string | null
  created_at: Date
  created_by_name: string | null
}

export interface EpisodeDates {
  releaseDate: IsoDate | null
  earliestReleaseDate: IsoDate | null
}

export function itemView(item: ItemKey, stored: StoredItem | undefined, release: IsoDate | null, today: IsoDate) {
  const status = stored?.status ?? 'not-started'
  const due = dueDate(item, release)
  const state = itemState(status, due, today)
  const details = stored?.details ?? {}
  return {
    key: item,
    title: ITEMS[item].title,
    status,
    dueDate: due,
    state,
    rag: itemRag(state),
    details,
    recorded: status === 'met' ? recordedLine(item, details) : null,
    note: stored?.note ?? null,
    version: stored?.version ?? 0,
    updatedAt: stored?.updated_at ?? null,
    updatedBy: stored?.updated_by_name ?? null,
  }
}

export type ItemView = ReturnType<typeof itemView>

export function readinessOf(input: {
  episode: EpisodeDates
  items: StoredItem[]
  referrals: StoredReferral[]
  today: IsoDate
  calendar: BankHolidayCalendar
}) {
  const { episode, today } = input
  const release = releaseAnchor(episode)
  const released = episode.releaseDate !== null && episode.releaseDate <= today
  const stored = new Map(input.items.map(row => [row.item, row]))
  const items = ITEM_KEYS.map(item => itemView(item, stored.get(item), release, today))
  const summary = summarise(Object.fromEntries(items.map(i => [i.key, i.status])), release, today)
  const accommodation = items.find(i => i.key === 'accommodation')!
  const accommodationNeed = hasAccommodationNeed(accommodation.status, accommodation.details.accommodationCategory)
  const duty = housingDuty({ accommodationNeed, referred: input.referrals.length > 0, released, release, today })
  return {
    releaseDate: release,
    releaseDayAndDate: release ? dayAndDate(release) : null,
    /** True while the date is the earliest release date rather than a recorded release. */
    releaseDateEstimated: episode.releaseDate === null,
    released,
    summary: { ...summary, explanation: explain(summary, release) },
    items,
    housingDuty: {
      ...duty,
      accommodationNeed,
      referrals: input.referrals.map(r => ({
        id: r.id,
        council: r.council,
        sentOn: r.sent_on,
        reference: r.reference,
        recordedBy: r.created_by_name,
        recordedAt: r.created_at,
      })),
    },
    releaseDay: release ? checkReleaseDay(release, input.calendar) : null,
  }
}

export type Readiness = ReturnType<typeof readinessOf>

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** "Friday 5 March 2027". */
export function dayAndDate(date: IsoDate): string {
  return `${WEEKDAYS[dayOfWeek(date)]} ${formatLongDate(date)}`
}

const titles = (items: ItemKey[]) => items.map(item => ITEMS[item].title).join(', ')

/** The RAG in words, so that nobody has to guess why a case is red. */
function explain(summary: ReadinessSummary, release: IsoDate | null): string {
  if (summary.rag === 'green') return 'Every item is met or not needed.'
  if (summary.rag === 'red') return `Not met and due or overdue: ${titles(summary.due)}.`
  const count = summary.notYetDue.length
  const notMet = `${count} ${count === 1 ? 'item is' : 'items are'} not met yet`
  if (!release) return `No release date is known, so nothing is due yet. ${notMet}.`
  const next = summary.next
  return `Nothing is due yet. ${notMet}${next ? `; the next, ${ITEMS[next.item].title}, is due on ${formatLongDate(next.dueDate)}` : ''}.`
}

/** One line of what a met item records, for the checklist. */
function recordedLine(item: ItemKey, d: Record<string, unknown>): string {
  // Addresses are typed on several lines: one line here.
  const text = (field: string) => (typeof d[field] === 'string' ? (d[field] as string).replace(/\s*\n\s*/g, ', ') : '')
  switch (item) {
    case 'accommodation':
      return `${choiceText(item, 'accommodationCategory', d.accommodationCategory) ?? ''}: ${text('address')}`
    case 'identity':
      return choiceText(item, 'idType', d.idType) ?? ''
    case 'benefits':
      return choiceText(item, 'benefit', d.benefit) ?? ''
    case 'first-appointment':
      return `${formatLongDate(text('appointmentDate'))} at ${formatTime(text('appointmentTime'))}, ${text('appointmentPlace')}`
    case 'licence-conditions':
      return `Explained on ${formatLongDate(text('explainedOn'))} and confirmed by the person`
    default:
      return text(ITEMS[item].fields[0]!.name)
  }
}
