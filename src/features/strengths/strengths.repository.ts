import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { EvidenceType } from './evidence.rules.ts'
import type { AchievementInput, GivingBackInput, StrengthInput } from './strengths.schemas.ts'
import type { WrittenBy } from './strengths.wording.ts'

/** Strengths, achievements and giving back: SQL only. */
export function createStrengthsRepository(db: Db) {
  const achievements = (executor: Db) =>
    executor
      .selectFrom('achievement as a')
      .innerJoin('app_user as recorder', 'recorder.id', 'a.recorded_by')
      .leftJoin('app_user as confirmer', 'confirmer.id', 'a.confirmed_by')
      .select([
        'a.id',
        'a.person_id',
        'a.kind',
        'a.title',
        'a.achieved_on',
        'a.details',
        'a.recorded_by_role',
        'a.confirmed_on',
        'a.confirmed_by_organisation',
        'a.evidence_type',
        'a.evidence_size',
        'a.goal_id',
        'recorder.display_name as recorded_by_name',
        'confirmer.display_name as confirmed_by_name',
      ])

  return {
    /** A person's strengths still in their profile, oldest first. */
    async strengths(personId: string) {
      return db
        .selectFrom('strength as s')
        .innerJoin('app_user as u', 'u.id', 's.created_by')
        .select(['s.id', 's.category', 's.text', 's.goal_ids', 's.written_by_role', 's.created_at', 'u.display_name'])
        .where('s.person_id', '=', personId)
        .where('s.removed_at', 'is', null)
        .orderBy('s.created_at')
        .orderBy('s.id')
        .execute()
    },

    /** One strength still in the profile, or nothing. */
    async strength(personId: string, id: string) {
      return db
        .selectFrom('strength')
        .select(['id', 'category', 'text', 'goal_ids'])
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('removed_at', 'is', null)
        .executeTakeFirst()
    },

    async achievements(personId: string) {
      return achievements(db)
        .where('a.person_id', '=', personId)
        .orderBy('a.achieved_on', 'desc')
        .orderBy('a.created_at', 'desc')
        .execute()
    },

    async achievement(personId: string, id: string) {
      return achievements(db).where('a.person_id', '=', personId).where('a.id', '=', id).executeTakeFirst()
    },

    async givingBack(personId: string) {
      return db
        .selectFrom('giving_back')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('started_on', 'desc')
        .orderBy('created_at', 'desc')
        .execute()
    },

    /** Adds a strength with its first history entry; `at` backdates both (the demo's plans were made in the past). */
    async addStrength(tx: Db, personId: string, input: StrengthInput, by: string, role: WrittenBy, at?: Date) {
      const { id } = await tx
        .insertInto('strength')
        .values({
          person_id: personId,
          category: input.category,
          text: input.text,
          goal_ids: JSON.stringify(input.goalIds),
          written_by_role: role,
          created_by: by,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await tx
        .insertInto('strength_change')
        .values({
          strength_id: id,
          change: 'added',
          text: input.text,
          goal_ids: JSON.stringify(input.goalIds),
          changed_by: by,
          changed_by_role: role,
          created_at: at,
        })
        .execute()
      return { id }
    },

    /** Changes a strength's kind, words or goals, keeping the change in its history. False when it is not there. */
    async changeStrength(tx: Db, personId: string, id: string, input: StrengthInput, by: string, role: WrittenBy) {
      const changed = await tx
        .updateTable('strength')
        .set({ category: input.category, text: input.text, goal_ids: JSON.stringify(input.goalIds) })
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .where('removed_at', 'is', null)
        .returning('id')
        .executeTakeFirst()
      if (!changed) return false
      await tx
        .insertInto('strength_change')
        .values({
          strength_id: id,
          change: 'changed',
          text: input.text,
          goal_ids: JSON.stringify(input.goalIds),
          changed_by: by,
          changed_by_role: role,
        })
        .execute()
      return true
    },

    /** Takes a strength out of the profile; its history keeps it. False when it is not there. */
    async removeStrength(tx: Db, personId: string, id: string, by: string, role: WrittenBy) {
      const removed = await tx
        .updateTable('strength')
        .set({ removed_at: sql<Date>`now()` })
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .where('removed_at', 'is', null)
        .returning(['id', 'text'])
        .executeTakeFirst()
      if (!removed) return false
      await tx
        .insertInto('strength_change')
        .values({ strength_id: id, change: 'removed', text: removed.text, changed_by: by, changed_by_role: role })
        .execute()
      return true
    },

    /**
     * Adds an achievement; undefined when it names a plan goal already recorded as one (the unique index says so,
     * however many save at once).
     */
    async addAchievement(tx: Db, personId: string, input: AchievementInput, by: string, role: WrittenBy) {
      return tx
        .insertInto('achievement')
        .values({
          person_id: personId,
          kind: input.kind,
          title: input.title,
          achieved_on: input.achievedOn,
          details: input.details ?? null,
          goal_id: input.goalId ?? null,
          recorded_by: by,
          recorded_by_role: role,
        })
        .onConflict(oc => oc.doNothing())
        .returning('id')
        .executeTakeFirst()
    },

    /** The plan goals already recorded as achievements, by their ids. */
    async recordedGoalIds(personId: string) {
      const rows = await db
        .selectFrom('achievement')
        .select('goal_id')
        .where('person_id', '=', personId)
        .where('goal_id', 'is not', null)
        .execute()
      return rows.flatMap(r => (r.goal_id ? [r.goal_id] : []))
    },

    async confirm(tx: Db, id: string, by: string, on: string, organisation: string | null) {
      return tx
        .updateTable('achievement')
        .set({ confirmed_by: by, confirmed_on: on, confirmed_by_organisation: organisation })
        .where('id', '=', id)
        .where('confirmed_by', 'is', null)
        .returning('id')
        .executeTakeFirst()
    },

    async attachEvidence(tx: Db, id: string, type: EvidenceType, bytes: Buffer) {
      await tx
        .updateTable('achievement')
        .set({ evidence_type: type, evidence_size: bytes.length, evidence: bytes })
        .where('id', '=', id)
        .execute()
    },

    async evidence(personId: string, id: string) {
      return db
        .selectFrom('achievement')
        .select(['evidence', 'evidence_type'])
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('evidence', 'is not', null)
        .executeTakeFirst()
    },

    async addGivingBack(tx: Db, personId: string, input: GivingBackInput, by: string) {
      return tx
        .insertInto('giving_back')
        .values({
          person_id: personId,
          kind: input.kind,
          organisation: input.organisation,
          role: input.role,
          started_on: input.startedOn,
          hours: input.hours,
          recorded_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** Confirmed achievements for many people in one query: the person's home page and the certificate. */
    async confirmedAchievements(personIds: readonly string[]) {
      if (!personIds.length) return []
      return achievements(db)
        .where('a.person_id', 'in', personIds)
        .where('a.confirmed_by', 'is not', null)
        .orderBy('a.achieved_on', 'desc')
        .execute()
    },
  }
}

export type StrengthsRepository = ReturnType<typeof createStrengthsRepository>
export type AchievementRow = Awaited<ReturnType<StrengthsRepository['achievements']>>[number]
