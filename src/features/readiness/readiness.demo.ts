/**
 * Believable, fictional release readiness for the demo people, by stage: people due out soon partly ready (what
 * is due mostly met, a few red), people released mostly met, people further off only starting. Deterministic:
 * every choice is a hash of the person's CRN, so the demo looks the same on every machine.
 */
import { addDays, daysBetween, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { duringWorkingDay } from '../../platform/sample-data/moments.ts'
import { keyDatesForEpisodeRow } from '../key-dates/index.ts'
import {
  dueDate,
  ITEM_KEYS,
  READINESS_POLICY,
  releaseAnchor,
  type ItemKey,
  type ItemStatus,
} from './readiness.rules.ts'

interface DemoCase {
  personId: string
  episodeId: string
  crn: string
  area: string
  recorder: string
  arrival: IsoDate
  release: IsoDate
  released: boolean
  demoAccount: boolean
}

interface Row {
  person_id: string
  custody_episode_id: string
  item: ItemKey
  status: ItemStatus
  details: string
  note: string | null
  updated_by: string
  updated_at: string
}

const STREETS = ['Harbour Road', 'Mill Lane', 'Station Street', 'Chapel Row', 'Victoria Terrace', 'Orchard Close']
const BANKS = ['Harbour Bank', 'Severn Building Society', 'Northgate Bank', 'Avon Savings Bank']
const SURGERIES = ['Riverside', 'Castle Street', 'Parkview', 'Quayside']

/** A number in [0, 1) from a text (FNV-1a), standing in for a seeded random choice. */
function roll(...parts: string[]): number {
  let hash = 0x811c9dc5
  for (const char of parts.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return hash / 0x1_0000_0000
}
const pick = <T>(items: readonly T[], ...seed: string[]): T => items[Math.floor(roll(...seed) * items.length)]!

/** Adds readiness items and housing referrals for the demo people already in the database. */
export async function seedReadinessDemo(tx: Db, today: IsoDate): Promise<{ items: number; referrals: number }> {
  const cases = await demoCases(tx, today)
  const items = cases.flatMap(c => ITEM_KEYS.flatMap(item => itemFor(c, item, today)))
  const referrals = cases.flatMap(c => referralFor(c, items, today))
  for (let i = 0; i < items.length; i += 500)
    await tx
      .insertInto('readiness_item')
      .values(items.slice(i, i + 500))
      .execute()
  if (referrals.length) await tx.insertInto('housing_referral').values(referrals).execute()
  return { items: items.length, referrals: referrals.length }
}

async function demoCases(tx: Db, today: IsoDate): Promise<DemoCase[]> {
  const rows = await tx
    .selectFrom('person as p')
    .innerJoin('custody_episode as e', 'e.person_id', 'p.id')
    .leftJoin('app_user as account', 'account.person_id', 'p.id')
    .selectAll('e')
    .select(['p.crn', 'p.community_area', 'p.com_id', 'p.pom_id', 'account.id as account_id'])
    .execute()
  return rows.flatMap(row => {
    const keyDates = keyDatesForEpisodeRow(row)
    const release = releaseAnchor({
      releaseDate: row.release_date,
      earliestReleaseDate: keyDates?.keyDates.earliestReleaseDate ?? null,
    })
    const released = row.release_date !== null && row.release_date <= today
    const recorder = released ? (row.com_id ?? row.pom_id) : (row.pom_id ?? row.com_id)
    if (!release || !recorder) return []
    const demoCase = {
      personId: row.person_id,
      episodeId: row.id,
      crn: row.crn,
      area: row.community_area ?? 'Bristol',
      recorder,
      arrival: row.arrival_date,
      release,
      released,
      demoAccount: row.account_id !== null,
    }
    return [demoCase]
  })
}

/**
 * How far along an item is, for the case's stage. About one case in five has fallen behind: those give the
 * demo its red cases; the rest are on time.
 */
function statusFor(c: DemoCase, item: ItemKey, today: IsoDate): ItemStatus | null {
  const chance = roll(c.crn, item)
  const behind = roll(c.crn, 'behind') < 0.2
  if (c.demoAccount && ['accommodation', 'identity', 'first-appointment', 'travel'].includes(item)) return 'met'
  if (c.released) return !behind || chance < 0.7 ? 'met' : chance < 0.85 ? 'in-progress' : null
  if (daysBetween(today, c.release) > 84) return item === 'identity' && chance < 0.3 ? 'in-progress' : null
  if (dueDate(item, c.release)! <= today) {
    if (behind) return chance < 0.5 ? 'met' : chance < 0.8 ? 'in-progress' : null
    return chance < 0.97 ? 'met' : 'in-progress'
  }
  return chance < 0.3 ? 'met' : chance < 0.7 ? 'in-progress' : null
}

function itemFor(c: DemoCase, item: ItemKey, today: IsoDate): Row[] {
  let status = statusFor(c, item, today)
  if (!status) return []
  const notNeeded = READINESS_POLICY.mayBeNotNeeded.includes(item) && roll(c.crn, item, 'needed') < 0.3
  if (status === 'met' && notNeeded) status = 'not-needed'
  const details =
    status === 'in-progress' ? startedDetails(c, item) : status === 'met' ? metDetails(c, item, today) : {}
  const changedOn = typeof details.explainedOn === 'string' ? details.explainedOn : lastChanged(c, item, status, today)
  return [
    {
      person_id: c.personId,
      custody_episode_id: c.episodeId,
      item,
      status,
      details: JSON.stringify(details),
      note: status === 'not-needed' ? notNeededReason(item) : null,
      updated_by: c.recorder,
      updated_at: duringWorkingDay(changedOn),
    },
  ]
}

/**
 * When an item was last changed: met or closed a little before it was due (a few of those behind, after), work
 * under way a few weeks before; never before the person arrived, after today, or after their release.
 */
function lastChanged(c: DemoCase, item: ItemKey, status: ItemStatus, today: IsoDate): IsoDate {
  const due = dueDate(item, c.release)!
  const days = Math.floor(roll(c.crn, item, 'when') * 21)
  const late = roll(c.crn, 'behind') < 0.2 && roll(c.crn, item, 'late') < 0.5
  const changed = status === 'in-progress' ? addDays(due, -14 - days) : addDays(due, late ? days : -days)
  return withinCustody(c, changed, today)
}

/** A date kept between the person's arrival and the earlier of today and their release. */
function withinCustody(c: DemoCase, date: IsoDate, today: IsoDate): IsoDate {
  const last = c.released && c.release < today ? c.release : today
  return date < c.arrival ? c.arrival : date > last ? last : date
}

function metDetails(c: DemoCase, item: ItemKey, today: IsoDate): Record<string, unknown> {
  const number = 1 + Math.floor(roll(c.crn, 'number') * 60)
  switch (item) {
    case 'accommodation': {
      const category = pick(['settled', 'settled', 'bail-probation', 'other-unsettled'], c.crn, 'category')
      const address =
        category === 'bail-probation'
          ? `${c.area} Approved Premises, ${number} ${pick(STREETS, c.crn, 'ap')}, ${c.area}`
          : `${number} ${pick(STREETS, c.crn, 'street')}, ${c.area}`
      return { accommodationCategory: category, address }
    }
    case 'identity':
      return { idType: pick(['passport', 'driving-licence', 'birth-certificate'], c.crn, 'id'), idStatus: 'held' }
    case 'bank-account':
      return { bankName: pick(BANKS, c.crn, 'bank') }
    case 'benefits':
      return { benefit: pick(['universal-credit', 'universal-credit', 'new-style-esa'], c.crn, 'benefit') }
    case 'gp':
      return { gpPractice: `${pick(SURGERIES, c.crn, 'gp')} Surgery, ${c.area}` }
    case 'medication':
      return { medicationArrangements: '7 days’ supply, and a prescription sent to the new GP' }
    case 'first-appointment':
      return {
        appointmentDate: c.release,
        appointmentTime: pick(['10:00', '11:30', '14:00'], c.crn, 'time'),
        appointmentPlace: `Probation office, ${number} Station Street, ${c.area}`,
      }
    case 'licence-conditions':
      return { explainedOn: withinCustody(c, addDays(c.release, -3), today), confirmedByPerson: true }
    case 'travel':
      return {
        travelArrangements: pick(
          [`Train to ${c.area} with a travel warrant`, 'Collected from the gate by family'],
          c.crn,
          'travel',
        ),
      }
  }
}

function startedDetails(c: DemoCase, item: ItemKey): Record<string, unknown> {
  if (item === 'identity') return { idType: 'birth-certificate', idStatus: 'applied' }
  if (item === 'accommodation') return { accommodationCategory: pick(['unknown', 'other-homeless'], c.crn, 'need') }
  return {}
}

function notNeededReason(item: ItemKey): string {
  return item === 'medication' ? 'Takes no regular medication' : 'Starting a job arranged before release'
}

/** Most people due out with an accommodation need have been referred under the duty to refer; a few not yet. */
function referralFor(c: DemoCase, items: Row[], today: IsoDate) {
  const accommodation = items.find(r => r.custody_episode_id === c.episodeId && r.item === 'accommodation')
  const settled = accommodation?.status === 'met' && accommodation.details.includes('"settled"')
  const referBy = addDays(c.release, -READINESS_POLICY.housingDutyReferralDays)
  if (settled || referBy > today || roll(c.crn, 'referral') < 0.2) return []
  const sent = withinCustody(c, addDays(referBy, -Math.floor(roll(c.crn, 'sent') * 14)), today)
  return [
    {
      person_id: c.personId,
      custody_episode_id: c.episodeId,
      council: `${c.area} Council`,
      sent_on: sent,
      consent_given: true,
      reference: null,
      created_by: c.recorder,
      created_at: duringWorkingDay(sent),
    },
  ]
}
