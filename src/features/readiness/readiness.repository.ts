import { sql } from 'kysely'
import { teamCurrentEpisodes } from '../../platform/case/oversight-item.ts'
import type { Db } from '../../platform/db/database.ts'
import { currentEpisodes } from '../people/index.ts'
import type { ItemKey, ItemStatus } from './readiness.rules.ts'

export interface ItemWrite {
  personId: string
  episodeId: string
  item: ItemKey
  status: ItemStatus
  details: Record<string, unknown>
  note: string | null
  by: string
}

/** A custody episode's readiness items and housing referrals. */
export function createReadinessRepository(db: Db) {
  const itemColumns = ['item', 'status', 'details', 'note', 'version', 'updated_at'] as const

  return {
    async items(episodeId: string) {
      return db
        .selectFrom('readiness_item as r')
        .leftJoin('app_user as u', 'u.id', 'r.updated_by')
        .select(itemColumns.map(c => `r.${c}` as const))
        .select('u.display_name as updated_by_name')
        .where('r.custody_episode_id', '=', episodeId)
        .execute()
    },

    async version(tx: Db, episodeId: string, item: ItemKey) {
      const row = await tx
        .selectFrom('readiness_item')
        .select('version')
        .where('custody_episode_id', '=', episodeId)
        .where('item', '=', item)
        .executeTakeFirst()
      return row?.version ?? 0
    },

    /** The first save of an item; undefined when someone else saved it first. */
    async insertItem(tx: Db, write: ItemWrite) {
      return tx
        .insertInto('readiness_item')
        .values({
          person_id: write.personId,
          custody_episode_id: write.episodeId,
          item: write.item,
          status: write.status,
          details: JSON.stringify(write.details),
          note: write.note,
          updated_by: write.by,
        })
        .onConflict(oc => oc.columns(['custody_episode_id', 'item']).doNothing())
        .returning(itemColumns)
        .executeTakeFirst()
    },

    /** Saves over `version` only if nobody has saved since; undefined when someone has. */
    async updateItem(tx: Db, write: ItemWrite, version: number) {
      return tx
        .updateTable('readiness_item')
        .set({
          status: write.status,
          details: JSON.stringify(write.details),
          note: write.note,
          updated_by: write.by,
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('custody_episode_id', '=', write.episodeId)
        .where('item', '=', write.item)
        .where('version', '=', version)
        .returning(itemColumns)
        .executeTakeFirst()
    },

    async referrals(episodeId: string) {
      return db
        .selectFrom('housing_referral as h')
        .leftJoin('app_user as u', 'u.id', 'h.created_by')
        .select(['h.id', 'h.council', 'h.sent_on', 'h.consent_given', 'h.reference', 'h.created_at'])
        .select('u.display_name as created_by_name')
        .where('h.custody_episode_id', '=', episodeId)
        .orderBy('h.sent_on')
        .orderBy('h.created_at')
        .execute()
    },

    async insertReferral(
      tx: Db,
      referral: {
        personId: string
        episodeId: string
        council: string
        sentOn: string
        reference: string | null
        by: string
      },
    ) {
      return tx
        .insertInto('housing_referral')
        .values({
          person_id: referral.personId,
          custody_episode_id: referral.episodeId,
          council: referral.council,
          sent_on: referral.sentOn,
          consent_given: true,
          reference: referral.reference,
          created_by: referral.by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** The items met for a person, with who marked them, for the timeline. */
    async metItems(personId: string) {
      return db
        .selectFrom('readiness_item as r')
        .innerJoin('app_user as u', 'u.id', 'r.updated_by')
        .select(['r.item', 'r.updated_at', 'u.display_name as by'])
        .where('r.person_id', '=', personId)
        .where('r.status', '=', 'met')
        .execute()
    },

    /** Each person still in custody with a release date, and the items saved so far (none: a null item), at once. */
    async itemsBeforeRelease(personIds: readonly string[]) {
      return db
        .selectFrom(
          currentEpisodes(db, personIds)
            .select(['id', 'person_id', 'earliest_release_date'])
            .where('release_date', 'is', null)
            .as('e'),
        )
        .leftJoin('readiness_item as r', 'r.custody_episode_id', 'e.id')
        .select(['e.person_id', 'e.earliest_release_date', 'r.item', 'r.status'])
        .where('e.earliest_release_date', 'is not', null)
        .execute()
    },

    /**
     * A team's people still in custody whose release is on or before a date (or past) and whose first night is
     * not arranged (the accommodation item not met), in one query.
     */
    async accommodationNotArrangedInTeam(teamId: string, releaseBy: string) {
      return db
        .selectFrom(teamCurrentEpisodes(db, teamId).as('e'))
        .leftJoin('readiness_item as r', join =>
          join.onRef('r.custody_episode_id', '=', 'e.id').on('r.item', '=', 'accommodation'),
        )
        .select(['e.id', 'e.person_id', 'e.earliest_release_date'])
        .where('e.release_date', 'is', null)
        .where('e.earliest_release_date', '<=', releaseBy)
        .where(eb => eb.or([eb('r.status', 'is', null), eb('r.status', '<>', 'met')]))
        .execute()
    },
  }
}

export type ReadinessRepository = ReturnType<typeof createReadinessRepository>
export type ItemRow = Awaited<ReturnType<ReadinessRepository['items']>>[number]
export type ReferralRow = Awaited<ReturnType<ReadinessRepository['referrals']>>[number]
