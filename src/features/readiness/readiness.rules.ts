/**
 * Release readiness: the basic welfare items a person needs on the day they leave prison, when each is due,
 * what an item needs before it can be marked met, the red/amber/green summary, and the housing duty to refer.
 * Pure: no I/O and no clock (today is an argument). Nobody types a deadline: every due date comes from the
 * release date and the lead times below.
 */
import { addDays, daysBetween, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { HOUSED_CATEGORIES } from '../../platform/case/accommodation.ts'

export const ITEM_KEYS = [
  'accommodation',
  'identity',
  'bank-account',
  'benefits',
  'gp',
  'medication',
  'first-appointment',
  'licence-conditions',
  'travel',
] as const
export type ItemKey = (typeof ITEM_KEYS)[number]

export const ITEM_STATUSES = ['not-started', 'in-progress', 'met', 'not-needed'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

export const ID_TYPES = [
  'passport',
  'driving-licence',
  'birth-certificate',
  'biometric-residence-permit',
  'national-identity-card',
  'citizen-card',
] as const
export const ID_STATUSES = ['none', 'applied', 'held'] as const
export const BENEFITS = [
  'universal-credit',
  'pension-credit',
  'new-style-esa',
  'new-style-jsa',
  'personal-independence-payment',
] as const

/**
 * When each item is due, in days before the release date, and the housing duty's window. Resettle's default
 * practice, recorded 2026-11-23: resettlement planning starts at the pre-release review 12 weeks before
 * release (OMiC); identity documents and bank accounts take longest to arrange; the duty to refer under the
 * Homelessness Reduction Act 2017 applies within 56 days of release. Practice changes: change the figures here
 * and nowhere else.
 */
export const READINESS_POLICY = {
  name: 'Release readiness lead times (Resettle default; duty to refer, Homelessness Reduction Act 2017)',
  recordedOn: '2026-11-23',
  dueDaysBeforeRelease: {
    identity: 84,
    'bank-account': 56,
    accommodation: 28,
    gp: 28,
    benefits: 14,
    'first-appointment': 14,
    medication: 7,
    'licence-conditions': 7,
    travel: 7,
  } satisfies Record<ItemKey, number>,
  /** A person with an accommodation need this many days or fewer from release is referred to a council. */
  housingDutyReferralDays: 56,
  /** A person this many days (12 weeks, the pre-release review) or fewer from release with the first night not
   * arranged goes on their manager's queue (issue 17). */
  managerQueueDays: 84,
  /** Items that may be closed as not needed (with a reason): someone may take no medication, or claim nothing. */
  mayBeNotNeeded: ['benefits', 'medication'] as readonly ItemKey[],
} as const

export const RAGS = ['red', 'amber', 'green'] as const
export type Rag = (typeof RAGS)[number]
/** Where an item stands today: resolved, or unresolved and due (today or before), or not yet due. */
export const ITEM_STATES = ['met', 'not-needed', 'overdue', 'due-today', 'not-due', 'no-due-date'] as const
export type ItemState = (typeof ITEM_STATES)[number]

/** The date the deadlines prepare for: the release itself once recorded, else the earliest release date. */
export function releaseAnchor(dates: { releaseDate: IsoDate | null; earliestReleaseDate: IsoDate | null }) {
  return dates.releaseDate ?? dates.earliestReleaseDate ?? null
}

export function dueDate(item: ItemKey, release: IsoDate | null): IsoDate | null {
  return release ? addDays(release, -READINESS_POLICY.dueDaysBeforeRelease[item]) : null
}

export function isResolved(status: ItemStatus): boolean {
  return status === 'met' || status === 'not-needed'
}

export function itemState(status: ItemStatus, due: IsoDate | null, today: IsoDate): ItemState {
  if (status === 'met' || status === 'not-needed') return status
  if (due === null) return 'no-due-date'
  if (today > due) return 'overdue'
  return today === due ? 'due-today' : 'not-due'
}

/**
 * The RAG rule, for one item and for the whole checklist:
 * - green: met or not needed (the checklist: every item is);
 * - red: not met and due today or overdue (the checklist: any item is);
 * - amber: otherwise, not met and not yet due, or no release date to be due against.
 */
export function itemRag(state: ItemState): Rag {
  if (state === 'met' || state === 'not-needed') return 'green'
  return state === 'overdue' || state === 'due-today' ? 'red' : 'amber'
}

export interface ReadinessSummary {
  rag: Rag
  /** Items not met and due today or overdue, in checklist order. */
  due: ItemKey[]
  /** Items not met and not yet due. */
  notYetDue: ItemKey[]
  /** The next unresolved item to fall due after today, if any. */
  next: { item: ItemKey; dueDate: IsoDate } | null
}

/** The checklist's summary. Items without a status count as not started. */
export function summarise(
  statuses: Partial<Record<ItemKey, ItemStatus>>,
  release: IsoDate | null,
  today: IsoDate,
): ReadinessSummary {
  const due: ItemKey[] = []
  const notYetDue: ItemKey[] = []
  let next: ReadinessSummary['next'] = null
  for (const item of ITEM_KEYS) {
    const dueOn = dueDate(item, release)
    const rag = itemRag(itemState(statuses[item] ?? 'not-started', dueOn, today))
    if (rag === 'red') due.push(item)
    if (rag === 'amber') notYetDue.push(item)
    if (rag === 'amber' && dueOn && (!next || dueOn < next.dueDate)) next = { item, dueDate: dueOn }
  }
  return { rag: due.length ? 'red' : notYetDue.length ? 'amber' : 'green', due, notYetDue, next }
}

export type ItemDetails = Readonly<Record<string, unknown>>

interface Requirement {
  field: string
  message: string
  met: (details: ItemDetails) => boolean
}

const given = (field: string) => (details: ItemDetails) => {
  const value = details[field]
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null
}
const needs = (field: string, what: string): Requirement => ({
  field,
  message: `${what} to mark this as met`,
  met: given(field),
})

/** What each item must record before it can be marked met. */
const MET_NEEDS: Record<ItemKey, Requirement[]> = {
  accommodation: [
    needs('accommodationCategory', 'Select where the person will stay on the first night'),
    {
      field: 'accommodationCategory',
      message:
        'Rough sleeping, other homelessness or not known cannot be marked as met: find somewhere with an address first',
      met: d => !given('accommodationCategory')(d) || HOUSED_CATEGORIES.includes(d.accommodationCategory as never),
    },
    needs('address', 'Enter the address for the first night'),
  ],
  identity: [
    needs('idType', 'Select the type of identity document'),
    {
      field: 'idStatus',
      message: 'Select ‘Held’ once the identity document has arrived, to mark this as met',
      met: d => d.idStatus === 'held',
    },
  ],
  'bank-account': [needs('bankName', 'Enter the bank or building society')],
  benefits: [needs('benefit', 'Select the benefit claimed')],
  gp: [needs('gpPractice', 'Enter the GP practice')],
  medication: [needs('medicationArrangements', 'Enter what medication the person leaves with and where to get more')],
  'first-appointment': [
    needs('appointmentDate', 'Enter the date of the appointment'),
    needs('appointmentTime', 'Enter the time of the appointment'),
    needs('appointmentPlace', 'Enter where the appointment is'),
  ],
  'licence-conditions': [
    needs('explainedOn', 'Enter the date the licence conditions were explained'),
    {
      field: 'confirmedByPerson',
      message: 'Confirm that the person says they understand their licence conditions, to mark this as met',
      met: d => d.confirmedByPerson === true,
    },
  ],
  travel: [needs('travelArrangements', 'Enter how the person will travel on the day')],
}

export interface ItemProblem {
  field: string
  message: string
}

/**
 * Why this status cannot be recorded with these details: met without the detail it needs, or not needed
 * where it always is or without a reason. One problem per field, in the form's order.
 */
export function statusProblems(
  item: ItemKey,
  status: ItemStatus,
  details: ItemDetails,
  note: string | null | undefined,
): ItemProblem[] {
  if (status === 'met') {
    const problems = MET_NEEDS[item].filter(r => !r.met(details))
    return problems
      .filter((p, i) => problems.findIndex(q => q.field === p.field) === i)
      .map(({ field, message }) => ({ field, message }))
  }
  if (status !== 'not-needed') return []
  if (!READINESS_POLICY.mayBeNotNeeded.includes(item)) {
    return [{ field: 'status', message: 'Every person needs this before release: select another status' }]
  }
  return note?.trim() ? [] : [{ field: 'note', message: 'Say why this is not needed' }]
}

/** A first appointment booked before the person is out cannot happen: the date names the release. */
export function appointmentProblem(appointmentDate: IsoDate | undefined, release: IsoDate | null): ItemProblem | null {
  if (!appointmentDate || !release || appointmentDate >= release) return null
  return {
    field: 'appointmentDate',
    message: `The appointment must be on or after the release date, ${formatLongDate(release)}`,
  }
}

/** The person needs somewhere to live: the first night is not arranged, or not in settled accommodation. */
export function hasAccommodationNeed(status: ItemStatus, category: unknown): boolean {
  return status !== 'met' || category !== 'settled'
}

export interface HousingDuty {
  /** Refer by this date (release less the window), or null without a release date. */
  referBy: IsoDate | null
  daysToRelease: number | null
  flagged: boolean
}

/**
 * The duty to refer (Homelessness Reduction Act 2017): flagged while the person is in custody, has an
 * accommodation need, has no referral recorded, and is the window's number of days or fewer from release
 * (a release date already passed while still in custody counts too).
 */
export function housingDuty(input: {
  accommodationNeed: boolean
  referred: boolean
  released: boolean
  release: IsoDate | null
  today: IsoDate
}): HousingDuty {
  const { release, today } = input
  if (!release) return { referBy: null, daysToRelease: null, flagged: false }
  const daysToRelease = daysBetween(today, release)
  const window = READINESS_POLICY.housingDutyReferralDays
  const flagged = input.accommodationNeed && !input.referred && !input.released && daysToRelease <= window
  return { referBy: addDays(release, -window), daysToRelease, flagged }
}
