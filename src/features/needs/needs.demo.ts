import { sql } from 'kysely'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { seededRandom } from '../../platform/sample-data/random.ts'
import { keyDatesForEpisodeRow } from '../key-dates/index.ts'
import { planNeeds, type DemoCase, type DemoRows } from './needs-demo-plan.ts'

const BATCH = 1000

/**
 * Believable, fictional needs screenings and actions for the demo people already in the database, at every stage (see
 * needs-demo-plan.ts). The same people get the same needs on every machine. Runs in the demo's transaction, after
 * people, episodes, staff and allocations.
 */
export async function seedNeedsDemo(tx: Db, today: IsoDate) {
  const random = seededRandom(4_000_004)
  const rows: DemoRows = { screenings: [], pathways: [], womensNeeds: [], actions: [] }
  for (const demoCase of await demoCases(tx)) planNeeds(demoCase, today, random, rows)
  for (let i = 0; i < rows.screenings.length; i += BATCH) {
    await tx
      .insertInto('needs_screening')
      .values(rows.screenings.slice(i, i + BATCH))
      .execute()
  }
  for (let i = 0; i < rows.pathways.length; i += BATCH) {
    await tx
      .insertInto('needs_screening_pathway')
      .values(rows.pathways.slice(i, i + BATCH))
      .execute()
  }
  for (let i = 0; i < rows.womensNeeds.length; i += BATCH) {
    await tx
      .insertInto('needs_screening_womens_need')
      .values(rows.womensNeeds.slice(i, i + BATCH))
      .execute()
  }
  for (let i = 0; i < rows.actions.length; i += BATCH) {
    await tx
      .insertInto('need_action')
      .values(rows.actions.slice(i, i + BATCH))
      .execute()
  }
  return { screenings: rows.screenings.length, actions: rows.actions.length }
}

/**
 * Each demo person's latest custody episode and who records their needs: their POM, else a POM of their prison, else
 * their COM. The questions for women apply to the demo people whose pronouns are she/her; in real use the practitioner
 * answers that question with the person, since the record holds no sex.
 */
async function demoCases(tx: Db): Promise<DemoCase[]> {
  const poms = await tx
    .selectFrom('app_user')
    .select(['id', 'prison_id'])
    .where('role', '=', 'pom')
    .orderBy('username')
    .execute()
  const pomOf = new Map<string | null, string>()
  for (const pom of poms) if (!pomOf.has(pom.prison_id)) pomOf.set(pom.prison_id, pom.id)
  const rows = await tx
    .selectFrom('person as p')
    .innerJoinLateral(
      eb =>
        eb
          .selectFrom('custody_episode as e')
          .selectAll('e')
          .whereRef('e.person_id', '=', 'p.id')
          .orderBy('e.sentence_start_date', 'desc')
          .limit(1)
          .as('e'),
      join => join.onTrue(),
    )
    .selectAll('e')
    .select(['p.pom_id', 'p.com_id', sql<boolean>`coalesce(p.pronouns = 'she/her', false)`.as('she')])
    .orderBy('p.crn')
    .execute()
  return rows.flatMap(row => {
    const derived = keyDatesForEpisodeRow(row)?.keyDates
    const recorder = row.pom_id ?? pomOf.get(row.prison_id) ?? row.com_id
    if (!derived || !recorder) return []
    return [
      {
        personId: row.person_id,
        episodeId: row.id,
        recorder,
        arrivalDate: row.arrival_date,
        releaseDate: row.release_date,
        earliestReleaseDate: derived.earliestReleaseDate,
        screeningDueDate: derived.screeningDueDate,
        preReleaseReviewDueDate: derived.preReleaseReviewDueDate,
        womensQuestions: row.she,
      },
    ]
  })
}
