import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { currentEpisodes } from '../people/index.ts'
import type { ActionOwner, ActionProgress, ScreeningKind, WomensNeedAnswer } from './needs.catalogue.ts'
import type { PathwayAnswer } from './needs.rules.ts'
import { withNeedsTables as tables } from './needs.tables.ts'

export interface ScreeningWrite {
  womensNeedsApply: boolean
  pathways: Record<string, PathwayAnswer>
  womensNeeds: Partial<Record<string, WomensNeedAnswer>>
}

export interface ActionWrite {
  description: string
  owner: ActionOwner
  ownerName: string | null
  dueDate: string
  progress: ActionProgress
  progressNote: string | null
  completedOn: string | null
}

export function createNeedsRepository(db: Db) {
  return {
    /** An episode's screenings (at most one of each kind) with who recorded them. */
    async screenings(episodeId: string, executor: Db = db) {
      return tables(executor)
        .selectFrom('needs_screening as s')
        .innerJoin('app_user as u', 'u.id', 's.screened_by')
        .select([
          's.id',
          's.kind',
          's.womens_needs_apply',
          's.screened_on',
          's.version',
          's.updated_at',
          'u.display_name as screened_by_name',
        ])
        .where('s.custody_episode_id', '=', episodeId)
        .orderBy('s.kind')
        .execute()
    },

    /** The answers of some screenings, pathways and questions for women, in two statements. */
    async answers(screeningIds: string[]) {
      if (!screeningIds.length) return { pathways: [], womensNeeds: [] }
      const [pathways, womensNeeds] = await Promise.all([
        tables(db)
          .selectFrom('needs_screening_pathway')
          .selectAll()
          .where('screening_id', 'in', screeningIds)
          .execute(),
        tables(db)
          .selectFrom('needs_screening_womens_need')
          .selectAll()
          .where('screening_id', 'in', screeningIds)
          .execute(),
      ])
      return { pathways, womensNeeds }
    },

    /** Adds a screening unless the episode already has one of this kind (then undefined: someone got there first). */
    async insertScreening(
      tx: Db,
      row: {
        personId: string
        episodeId: string
        kind: ScreeningKind
        womensNeedsApply: boolean
        on: string
        by: string
      },
    ) {
      return tables(tx)
        .insertInto('needs_screening')
        .values({
          person_id: row.personId,
          custody_episode_id: row.episodeId,
          kind: row.kind,
          womens_needs_apply: row.womensNeedsApply,
          screened_on: row.on,
          screened_by: row.by,
          updated_by: row.by,
        })
        .onConflict(oc => oc.columns(['custody_episode_id', 'kind']).doNothing())
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    /** Changes a screening if it is still at the version the user read; undefined when it is not. */
    async updateScreening(tx: Db, id: string, version: number, change: { womensNeedsApply: boolean; by: string }) {
      return tables(tx)
        .updateTable('needs_screening')
        .set({
          womens_needs_apply: change.womensNeedsApply,
          updated_by: change.by,
          updated_at: sql`now()`,
          version: sql`version + 1`,
        })
        .where('id', '=', id)
        .where('version', '=', version)
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    async screeningOfKind(tx: Db, episodeId: string, kind: ScreeningKind) {
      return tables(tx)
        .selectFrom('needs_screening')
        .select(['id', 'version'])
        .where('custody_episode_id', '=', episodeId)
        .where('kind', '=', kind)
        .executeTakeFirst()
    },

    /** A screening's answers, replaced as a whole inside the caller's transaction. */
    async replaceAnswers(tx: Db, screeningId: string, screening: ScreeningWrite) {
      await tables(tx).deleteFrom('needs_screening_pathway').where('screening_id', '=', screeningId).execute()
      await tables(tx).deleteFrom('needs_screening_womens_need').where('screening_id', '=', screeningId).execute()
      await tables(tx)
        .insertInto('needs_screening_pathway')
        .values(
          Object.entries(screening.pathways).map(([pathway, answer]) => ({
            screening_id: screeningId,
            pathway,
            status: answer.status,
            urgency: answer.urgency,
            own_words: answer.ownWords,
          })),
        )
        .execute()
      const womensNeeds = Object.entries(screening.womensNeeds).filter(([, answer]) => answer)
      if (womensNeeds.length) {
        await tables(tx)
          .insertInto('needs_screening_womens_need')
          .values(womensNeeds.map(([need, answer]) => ({ screening_id: screeningId, need, answer: answer! })))
          .execute()
      }
    },

    /** An episode's actions: open ones first, soonest due first. */
    async actions(episodeId: string) {
      return tables(db)
        .selectFrom('need_action')
        .selectAll()
        .where('custody_episode_id', '=', episodeId)
        .orderBy(sql`progress = 'done'`)
        .orderBy('due_date')
        .orderBy('created_at')
        .execute()
    },

    async findAction(personId: string, actionId: string, executor: Db = db) {
      return tables(executor)
        .selectFrom('need_action')
        .selectAll()
        .where('id', '=', actionId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
    },

    async insertAction(
      tx: Db,
      row: { personId: string; episodeId: string; pathway: string; by: string } & ActionWrite,
    ) {
      return tables(tx)
        .insertInto('need_action')
        .values({
          person_id: row.personId,
          custody_episode_id: row.episodeId,
          pathway: row.pathway,
          ...actionColumns(row),
          created_by: row.by,
          updated_by: row.by,
        })
        .returning(['id', 'version'])
        .executeTakeFirstOrThrow()
    },

    /** Changes an action if it is still at the version the user read; undefined when it is not. */
    async updateAction(
      tx: Db,
      personId: string,
      actionId: string,
      version: number,
      change: ActionWrite & { by: string },
    ) {
      return tables(tx)
        .updateTable('need_action')
        .set({
          ...actionColumns(change),
          updated_by: change.by,
          updated_at: sql`now()`,
          version: sql`version + 1`,
        })
        .where('id', '=', actionId)
        .where('person_id', '=', personId)
        .where('version', '=', version)
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    /** A person's screenings and actions with who recorded them, for the timeline. */
    async journal(personId: string) {
      const [screenings, actions] = await Promise.all([
        tables(db)
          .selectFrom('needs_screening as s')
          .innerJoin('app_user as u', 'u.id', 's.screened_by')
          .select(['s.kind', 's.screened_on', 'u.display_name as by'])
          .where('s.person_id', '=', personId)
          .execute(),
        tables(db)
          .selectFrom('need_action as a')
          .innerJoin('app_user as u', 'u.id', 'a.created_by')
          .select(['a.description', 'a.created_at', 'a.completed_on', 'u.display_name as by'])
          .where('a.person_id', '=', personId)
          .execute(),
      ])
      return { screenings, actions }
    },

    /**
     * Screenings not yet done and actions not yet finished in each person's current custody episode, in one
     * statement: `what` is the screening kind, or `action:` and the pathway.
     */
    async openDeadlines(personIds: readonly string[]) {
      const notScreened = (kind: ScreeningKind) =>
        sql<boolean>`not exists (select 1 from needs_screening s where s.custody_episode_id = e.id and s.kind = ${kind})`
      return tables(db)
        .with('e', () =>
          currentEpisodes(db, personIds).select([
            'id',
            'person_id',
            'release_date',
            'screening_due_date',
            'pre_release_review_due_date',
          ]),
        )
        .selectFrom('e')
        .select(['e.person_id', sql<string>`'arrival'`.as('what'), 'e.screening_due_date as due'])
        .where('e.screening_due_date', 'is not', null)
        .where(notScreened('arrival'))
        .unionAll(eb =>
          eb
            .selectFrom('e')
            .select(['e.person_id', sql<string>`'pre-release'`.as('what'), 'e.pre_release_review_due_date as due'])
            .where('e.pre_release_review_due_date', 'is not', null)
            .where('e.release_date', 'is', null)
            .where(notScreened('pre-release')),
        )
        .unionAll(eb =>
          eb
            .selectFrom('need_action as a')
            .innerJoin('e', 'e.id', 'a.custody_episode_id')
            .select(['a.person_id', sql<string>`'action:' || a.pathway`.as('what'), 'a.due_date as due'])
            .where('a.progress', '<>', 'done'),
        )
        .execute()
    },
  }
}

function actionColumns(action: ActionWrite) {
  return {
    description: action.description,
    owner: action.owner,
    owner_name: action.ownerName,
    due_date: action.dueDate,
    progress: action.progress,
    progress_note: action.progressNote,
    completed_on: action.completedOn,
  }
}

export type NeedsRepository = ReturnType<typeof createNeedsRepository>
export type ScreeningRow = Awaited<ReturnType<NeedsRepository['screenings']>>[number]
export type AnswerRows = Awaited<ReturnType<NeedsRepository['answers']>>
export type ActionRow = NonNullable<Awaited<ReturnType<NeedsRepository['findAction']>>>
