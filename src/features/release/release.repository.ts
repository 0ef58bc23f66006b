import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { currentEpisodes } from '../people/index.ts'
import type { AccommodationCategory, EmploymentStatus, FollowUpKind } from './release.rules.ts'

export interface ReleaseColumns {
  releaseDate: string
  firstNight: AccommodationCategory
  address: string | null
  treatmentNeed: boolean
}

export interface FollowUpColumns {
  accommodation: AccommodationCategory | null
  employment: EmploymentStatus | null
  treatmentStarted: boolean | null
  treatmentStartDate: string | null
  recordedOn: string
}

export function createReleaseRepository(db: Db) {
  return {
    /** The release recorded for a custody episode, with the name of who recorded it. */
    async release(episodeId: string) {
      return db
        .selectFrom('person_release as r')
        .innerJoin('app_user as by', 'by.id', 'r.recorded_by')
        .selectAll('r')
        .select('by.display_name as recorded_by_name')
        .where('r.custody_episode_id', '=', episodeId)
        .executeTakeFirst()
    },

    /** The follow-ups answered in a custody episode, with the name of who recorded each. */
    async followUps(episodeId: string) {
      return db
        .selectFrom('release_follow_up as f')
        .innerJoin('app_user as by', 'by.id', 'f.recorded_by')
        .selectAll('f')
        .select('by.display_name as recorded_by_name')
        .where('f.custody_episode_id', '=', episodeId)
        .execute()
    },

    /** Records the release of an episode: the date on the episode itself, the first night beside it. */
    async insertRelease(tx: Db, personId: string, episodeId: string, release: ReleaseColumns, by: string) {
      await setReleaseDate(tx, episodeId, release.releaseDate)
      return tx
        .insertInto('person_release')
        .values({ person_id: personId, custody_episode_id: episodeId, recorded_by: by, ...releaseRow(release) })
        .onConflict(oc => oc.column('custody_episode_id').doNothing())
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    /** Corrects the release only if nobody has changed it since `version`; undefined when someone has. */
    async updateRelease(tx: Db, releaseId: string, version: number, release: ReleaseColumns, by: string) {
      const row = await tx
        .updateTable('person_release')
        .set({ ...releaseRow(release), recorded_by: by, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', releaseId)
        .where('version', '=', version)
        .returning(['id', 'version', 'custody_episode_id'])
        .executeTakeFirst()
      if (row) await setReleaseDate(tx, row.custody_episode_id, release.releaseDate)
      return row && { id: row.id, version: row.version }
    },

    async insertFollowUp(
      tx: Db,
      ids: { personId: string; episodeId: string; kind: FollowUpKind },
      answer: FollowUpColumns,
      by: string,
    ) {
      return tx
        .insertInto('release_follow_up')
        .values({
          person_id: ids.personId,
          custody_episode_id: ids.episodeId,
          kind: ids.kind,
          recorded_by: by,
          ...followUpRow(answer),
        })
        .onConflict(oc => oc.columns(['custody_episode_id', 'kind']).doNothing())
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    async updateFollowUp(tx: Db, followUpId: string, version: number, answer: FollowUpColumns, by: string) {
      return tx
        .updateTable('release_follow_up')
        .set({ ...followUpRow(answer), recorded_by: by, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', followUpId)
        .where('version', '=', version)
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    /**
     * For each person given who has been released from their current custody episode (the latest by sentence
     * start, as PeopleService.caseFor takes it), in one statement: the release date, whether the first night is
     * recorded and with it a treatment need, and the follow-ups already answered.
     */
    async releasedFacts(personIds: readonly string[]) {
      if (!personIds.length) return []
      return db
        .selectFrom(currentEpisodes(db, personIds).select(['id', 'person_id', 'release_date']).as('e'))
        .leftJoin('person_release as r', 'r.custody_episode_id', 'e.id')
        .select(eb => [
          'e.person_id as personId',
          'e.release_date as releaseDate',
          'r.id as releaseId',
          'r.treatment_need as treatmentNeed',
          eb
            .selectFrom('release_follow_up as f')
            .select(sql<FollowUpKind[]>`coalesce(json_agg(f.kind), '[]'::json)`.as('kinds'))
            .whereRef('f.custody_episode_id', '=', 'e.id')
            .as('answered'),
        ])
        .where('e.release_date', 'is not', null)
        .execute()
    },

    /**
     * Every release of a person (with the first night, where recorded) and every answered follow-up, across custody
     * episodes, for their timeline.
     */
    async history(personId: string) {
      const [releases, followUps] = await Promise.all([
        db
          .selectFrom('custody_episode as e')
          .leftJoin('person_release as r', 'r.custody_episode_id', 'e.id')
          .leftJoin('app_user as by', 'by.id', 'r.recorded_by')
          .select(['e.release_date', 'r.first_night', 'r.address', 'by.display_name as by_name'])
          .where('e.person_id', '=', personId)
          .where('e.release_date', 'is not', null)
          .$narrowType<{ release_date: string }>()
          .execute(),
        db
          .selectFrom('release_follow_up as f')
          .innerJoin('app_user as by', 'by.id', 'f.recorded_by')
          .selectAll('f')
          .select('by.display_name as recorded_by_name')
          .where('f.person_id', '=', personId)
          .execute(),
      ])
      return { releases, followUps }
    },
  }
}

function setReleaseDate(tx: Db, episodeId: string, releaseDate: string) {
  return tx
    .updateTable('custody_episode')
    .set({ release_date: releaseDate, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', episodeId)
    .execute()
}

function releaseRow(release: ReleaseColumns) {
  return { first_night: release.firstNight, address: release.address, treatment_need: release.treatmentNeed }
}

function followUpRow(answer: FollowUpColumns) {
  return {
    accommodation: answer.accommodation,
    employment: answer.employment,
    treatment_started: answer.treatmentStarted,
    treatment_start_date: answer.treatmentStartDate,
    recorded_on: answer.recordedOn,
  }
}

export type ReleaseRepository = ReturnType<typeof createReleaseRepository>
export type ReleaseRow = NonNullable<Awaited<ReturnType<ReleaseRepository['release']>>>
export type FollowUpRow = Awaited<ReturnType<ReleaseRepository['followUps']>>[number]
