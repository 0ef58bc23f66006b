import { sql, type Insertable } from 'kysely'
import { addDays, earliest, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { seededRandom, type Random } from '../../platform/sample-data/random.ts'
import { EMPLOYMENT_STATUSES, followUpsFor, RELEASE_POLICY, type AccommodationCategory } from './release.rules.ts'
import { type PersonReleaseTable, type ReleaseFollowUpTable } from './release.tables.ts'

const STREETS = ['Harbour Road', 'Mill Lane', 'Station Street', 'Chapel Row', 'Victoria Terrace', 'Orchard Close']
const TOWNS = ['Leeds', 'Bradford', 'Wakefield', 'Halifax', 'Huddersfield']
const FIRST_NIGHTS: AccommodationCategory[] = [
  'settled',
  'settled',
  'settled',
  'bail-probation',
  'other-unsettled',
  'other-homeless',
]
const THREE_MONTHS: AccommodationCategory[] = [
  'settled',
  'settled',
  'bail-probation',
  'other-unsettled',
  'rough-sleeping',
  'unknown',
]

/**
 * Releases and follow-ups for the demo people released from their current custody episode, so that the Release
 * tab, the timeline and the caseload's deadlines have something to show: most have the first night recorded (a few
 * do not, and are prompted); most follow-ups past their due date are answered, about one in four is left overdue.
 * The same people get the same records on every machine. Runs in the demo's transaction, after needs, so that the
 * treatment follow-up is asked where screening found a drugs and alcohol or health need.
 */
export async function seedReleaseDemo(tx: Db, today: IsoDate) {
  const released = await tx
    .selectFrom('person as p')
    .innerJoinLateral(
      eb =>
        eb
          .selectFrom('custody_episode as e')
          .select(['e.id', 'e.release_date', 'e.licence_expiry_date'])
          .whereRef('e.person_id', '=', 'p.id')
          .orderBy('e.sentence_start_date', 'desc')
          .limit(1)
          .as('e'),
      join => join.onTrue(),
    )
    .select([
      'p.id as personId',
      'p.com_id as comId',
      'e.id as episodeId',
      'e.release_date as releaseDate',
      'e.licence_expiry_date as licenceExpiry',
      // Read directly: the demo is seeded before anyone can sign in, so no service has a user to act for.
      sql<boolean>`exists (select 1 from needs_screening s join needs_screening_pathway a on a.screening_id = s.id
        where s.custody_episode_id = e.id and a.status <> 'no-need'
        and a.pathway in (${sql.join(RELEASE_POLICY.treatmentPathways.map(p => sql`${p}`))}))`.as('treatmentNeed'),
    ])
    .where('e.release_date', 'is not', null)
    .where('e.release_date', '<=', today)
    .where('p.com_id', 'is not', null)
    .orderBy('p.crn')
    .execute()
  const random = seededRandom(2026_0008)
  const releases: Insertable<PersonReleaseTable>[] = []
  const followUps: Insertable<ReleaseFollowUpTable>[] = []
  for (const r of released) {
    if (random.chance(0.12)) continue // the first night not yet recorded: the Release tab asks for it
    const firstNight = random.pick(FIRST_NIGHTS)
    // Recorded on the day of release; followed up only while the licence lasts, since supervision ends with it.
    const recordedAt = at(r.releaseDate!)
    const lastDay = earliest(today, r.licenceExpiry)!
    releases.push({
      person_id: r.personId,
      custody_episode_id: r.episodeId,
      first_night: firstNight,
      address: firstNight === 'settled' ? address(random) : null,
      treatment_need: r.treatmentNeed,
      recorded_by: r.comId!,
      created_at: recordedAt,
      updated_at: recordedAt,
    })
    for (const due of followUpsFor(r.releaseDate!, r.treatmentNeed)) {
      const recordedOn = addDays(due.dueDate, random.int(-7, 10))
      if (recordedOn > lastDay || recordedOn < due.opensOn || random.chance(0.25)) continue
      followUps.push({
        person_id: r.personId,
        custody_episode_id: r.episodeId,
        kind: due.kind,
        recorded_by: r.comId!,
        recorded_on: recordedOn,
        created_at: at(recordedOn),
        updated_at: at(recordedOn),
        ...answer(due.kind, r.releaseDate!, recordedOn, random),
      })
    }
  }
  const db = tx
  if (releases.length) await db.insertInto('person_release').values(releases).execute()
  if (followUps.length) await db.insertInto('release_follow_up').values(followUps).execute()
  return { releases: releases.length, followUps: followUps.length }
}

/** A moment in the working day of a demo date. */
const at = (date: IsoDate) => new Date(`${date}T11:00:00Z`)

function address(random: Random) {
  return `${random.int(1, 140)} ${random.pick(STREETS)}, ${random.pick(TOWNS)}`
}

/** Answers near the national levels: about half start treatment in 3 weeks, a fifth to a third are in work. */
function answer(kind: ReleaseFollowUpTable['kind'], releaseDate: IsoDate, recordedOn: IsoDate, random: Random) {
  const empty = { accommodation: null, employment: null, treatment_started: null, treatment_start_date: null }
  if (kind === 'accommodation-3-months') return { ...empty, accommodation: random.pick(THREE_MONTHS) }
  if (kind === 'treatment-3-weeks') {
    const started = random.chance(0.55)
    return {
      ...empty,
      treatment_started: started,
      treatment_start_date: started ? earliest(addDays(releaseDate, random.int(1, 20)), recordedOn) : null,
    }
  }
  const employed = random.chance(kind === 'employment-6-weeks' ? 0.2 : 0.3)
  return { ...empty, employment: employed ? 'employed' : random.pick(EMPLOYMENT_STATUSES.slice(1)) }
}
