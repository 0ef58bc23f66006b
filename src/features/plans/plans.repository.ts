import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { AuthorRole, PlanContent } from './plan-content.ts'

export interface SaveColumns {
  content: PlanContent
  versionNumber: number
  material: boolean
  by: string
  role: AuthorRole
}

export function createPlansRepository(db: Db) {
  return {
    async plan(personId: string, tx: Db = db) {
      return tx.selectFrom('plan').selectAll().where('person_id', '=', personId).executeTakeFirst()
    },

    /** The person has read this version of their plan. */
    async markSeen(planId: string, versionNumber: number) {
      await db
        .updateTable('plan')
        .set({ person_seen_version: versionNumber })
        .where('id', '=', planId)
        .where('person_seen_version', '<', versionNumber)
        .execute()
    },

    /**
     * Whether the plan has a version the person has not read yet that someone else made: their own changes are
     * news to nobody.
     */
    async changedSinceSeen(personId: string) {
      const row = await db
        .selectFrom('plan')
        .innerJoin('plan_version as v', join =>
          join.onRef('v.plan_id', '=', 'plan.id').onRef('v.number', '=', 'plan.version_number'),
        )
        .select(['plan.version_number', 'plan.person_seen_version', 'v.changed_by_role'])
        .where('plan.person_id', '=', personId)
        .executeTakeFirst()
      return Boolean(row && row.version_number > row.person_seen_version && row.changed_by_role !== 'person')
    },

    /** The plan as it was after a revision, for showing what changed since. */
    async contentAt(planId: string, revision: number) {
      const row = await db
        .selectFrom('plan_revision')
        .select('content')
        .where('plan_id', '=', planId)
        .where('revision', '=', revision)
        .executeTakeFirst()
      return row?.content
    },

    /** Who has saved the plan since a revision, each named once. */
    async changedSince(planId: string, revision: number) {
      const rows = await db
        .selectFrom('plan_revision as r')
        .innerJoin('app_user as u', 'u.id', 'r.changed_by')
        .select('u.display_name as name')
        .distinct()
        .where('r.plan_id', '=', planId)
        .where('r.revision', '>', revision)
        .execute()
      return rows.map(r => r.name)
    },

    /** The current version's author and whether the person has answered it. */
    async versionState(tx: Db, planId: string, number: number) {
      return tx
        .selectFrom('plan_version as v')
        .select(['v.number', 'v.changed_by as changedBy'])
        .select(eb =>
          eb
            .exists(
              eb
                .selectFrom('plan_agreement as a')
                .select(sql`1`.as('one'))
                .whereRef('a.plan_id', '=', 'v.plan_id')
                .whereRef('a.version_number', '=', 'v.number'),
            )
            .as('answered'),
        )
        .where('v.plan_id', '=', planId)
        .where('v.number', '=', number)
        .executeTakeFirst()
    },

    /** The first save of a plan; undefined when someone else has just made it. */
    async insertPlan(tx: Db, personId: string, save: SaveColumns) {
      return tx
        .insertInto('plan')
        .values({ person_id: personId, content: JSON.stringify(save.content), updated_by: save.by })
        .onConflict(oc => oc.column('person_id').doNothing())
        .returning(['id', 'revision'])
        .executeTakeFirst()
    },

    /** Saves over `revision` only if nobody has saved since; undefined when someone has. */
    async updatePlan(tx: Db, planId: string, revision: number, save: SaveColumns) {
      return tx
        .updateTable('plan')
        .set({
          content: JSON.stringify(save.content),
          version_number: save.versionNumber,
          updated_by: save.by,
          revision: sql`revision + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', planId)
        .where('revision', '=', revision)
        .returning(['id', 'revision'])
        .executeTakeFirst()
    },

    async insertRevision(tx: Db, planId: string, revision: number, save: SaveColumns) {
      await tx
        .insertInto('plan_revision')
        .values({
          plan_id: planId,
          revision,
          version_number: save.versionNumber,
          material: save.material,
          content: JSON.stringify(save.content),
          changed_by: save.by,
          changed_by_role: save.role,
        })
        .execute()
    },

    /** Opens a version, or brings the version being drafted up to date. */
    async saveVersion(tx: Db, planId: string, personId: string, save: SaveColumns, opens: boolean) {
      if (!opens) {
        await tx
          .updateTable('plan_version')
          .set({ content: JSON.stringify(save.content), updated_at: sql`now()` })
          .where('plan_id', '=', planId)
          .where('number', '=', save.versionNumber)
          .execute()
        return
      }
      await tx
        .insertInto('plan_version')
        .values({
          plan_id: planId,
          person_id: personId,
          number: save.versionNumber,
          content: JSON.stringify(save.content),
          changed_by: save.by,
          changed_by_role: save.role,
        })
        .execute()
    },

    /** Every version, the latest first, with who made it. */
    async versions(planId: string) {
      return db
        .selectFrom('plan_version as v')
        .innerJoin('app_user as u', 'u.id', 'v.changed_by')
        .select(['v.number', 'v.content', 'v.changed_by_role', 'v.created_at', 'v.updated_at'])
        .select('u.display_name as changed_by_name')
        .where('v.plan_id', '=', planId)
        .orderBy('v.number', 'desc')
        .execute()
    },

    /** Every answer the person gave, the latest first. */
    async agreements(planId: string) {
      return db
        .selectFrom('plan_agreement as a')
        .innerJoin('app_user as u', 'u.id', 'a.recorded_by')
        .select([
          'a.id',
          'a.version_number',
          'a.agreed',
          'a.comments',
          'a.disagreed_step_ids',
          'a.recorded_on',
          'a.recorded_by_role',
          'a.created_at',
        ])
        .select('u.display_name as recorded_by_name')
        .where('a.plan_id', '=', planId)
        .orderBy('a.created_at', 'desc')
        .execute()
    },

    async insertAgreement(
      tx: Db,
      row: {
        planId: string
        personId: string
        versionNumber: number
        agreed: boolean
        comments: string | null
        disagreedStepIds: string[]
        recordedOn: string
        by: string
        role: AuthorRole
      },
    ) {
      return tx
        .insertInto('plan_agreement')
        .values({
          plan_id: row.planId,
          person_id: row.personId,
          version_number: row.versionNumber,
          agreed: row.agreed,
          comments: row.comments,
          disagreed_step_ids: JSON.stringify(row.disagreedStepIds),
          recorded_on: row.recordedOn,
          recorded_by: row.by,
          recorded_by_role: row.role,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** Versions made and answers given, for the timeline, in one statement. */
    async timeline(personId: string) {
      const result = await sql<{
        at: Date
        kind: 'version' | 'answer'
        number: number
        agreed: boolean | null
        name: string
        role: AuthorRole
      }>`
        select v.created_at as at, 'version' as kind, v.number, null::boolean as agreed,
               u.display_name as name, v.changed_by_role as role
          from plan_version v join app_user u on u.id = v.changed_by
         where v.person_id = ${personId}
        union all
        select a.created_at, 'answer', a.version_number, a.agreed, u.display_name, a.recorded_by_role
          from plan_agreement a join app_user u on u.id = a.recorded_by
         where a.person_id = ${personId}
         order by at`.execute(db)
      return result.rows
    },

    /** The open steps that practitioners own, for the people given, in one statement. */
    async practitionerSteps(personIds: readonly string[]) {
      if (!personIds.length) return []
      const result = await sql<{ personId: string; text: string; dueDate: string }>`
        select p.person_id as "personId", s->>'text' as text, s->>'dueDate' as "dueDate"
          from plan p cross join lateral jsonb_array_elements(p.content->'steps') s
         where p.person_id in (${sql.join(personIds)})
           and s->'owner'->>'kind' = 'practitioner'
           and s->>'status' <> 'done'
         order by s->>'dueDate'`.execute(db)
      return result.rows
    },
  }
}

export type PlansRepository = ReturnType<typeof createPlansRepository>
export type PlanRow = NonNullable<Awaited<ReturnType<PlansRepository['plan']>>>
export type VersionRow = Awaited<ReturnType<PlansRepository['versions']>>[number]
export type AgreementRow = Awaited<ReturnType<PlansRepository['agreements']>>[number]
