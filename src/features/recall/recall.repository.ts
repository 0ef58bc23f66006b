import { teamPeople } from '../../platform/case/oversight-item.ts'
import type { Db } from '../../platform/db/database.ts'
import { z } from 'zod'
import type { Decision } from './recall.rules.ts'
import type { BreachRecordInput } from './recall.schemas.ts'

export function createRecallRepository(base: Db) {
  const db = base

  const reviews = () =>
    db
      .selectFrom('recall_review as r')
      .innerJoin('app_user as author', 'author.id', 'r.recommended_by')
      .leftJoin('app_user as manager', 'manager.id', 'r.countersigned_by')
      .selectAll('r')
      .select(['author.display_name as recommended_by_name', 'manager.display_name as countersigned_by_name'])

  return {
    /** A person's reviews, the latest first. */
    async reviews(personId: string) {
      return reviews().where('r.person_id', '=', personId).orderBy('r.created_at', 'desc').execute()
    },

    async review(personId: string, id: string) {
      if (!z.uuid().safeParse(id).success) return undefined
      return reviews().where('r.person_id', '=', personId).where('r.id', '=', id).executeTakeFirst()
    },

    async insert(tx: Db, personId: string, record: BreachRecordInput, by: string, on: string) {
      return tx
        .insertInto('recall_review')
        .values({
          person_id: personId,
          breach_date: record.breachDate,
          what_happened: record.whatHappened,
          person_account: record.personAccount ?? null,
          account_not_taken_reason: record.accountNotTakenReason ?? null,
          alternatives: record.alternatives,
          alternatives_notes: record.alternativesNotes ?? null,
          risk_now: record.riskNow,
          risk_notes: record.riskNotes,
          extended_sentence: record.extendedSentence,
          recommendation: record.recommendation,
          recommendation_reason: record.recommendationReason,
          expected_now: record.expectedNow,
          contact_number: record.contactNumber,
          recommended_by: by,
          recommended_on: on,
          corrects_id: record.correctsId ?? null,
          correction_reason: record.correctsId ? (record.correctionReason ?? null) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** Countersigns once: undefined when someone else already has (the trigger refuses any later change). */
    async countersign(tx: Db, id: string, signed: { decision: Decision; rationale: string; by: string; on: string }) {
      return tx
        .updateTable('recall_review')
        .set({
          decision: signed.decision,
          rationale: signed.rationale,
          countersigned_by: signed.by,
          countersigned_on: signed.on,
        })
        .where('id', '=', id)
        .where('countersigned_by', 'is', null)
        .returning('id')
        .executeTakeFirst()
    },

    /** Reviews awaiting countersignature for many people, in one query. */
    async awaiting(personIds: readonly string[]) {
      if (!personIds.length) return []
      return db
        .selectFrom('recall_review')
        .select(['person_id', 'recommended_on'])
        .where('person_id', 'in', personIds)
        .where('countersigned_by', 'is', null)
        .execute()
    },

    /** A team's reviews awaiting countersignature, in one query. */
    async awaitingInTeam(teamId: string) {
      return db
        .selectFrom('recall_review')
        .select(['id', 'person_id', 'recommended_on'])
        .where('person_id', 'in', teamPeople(db, teamId))
        .where('countersigned_by', 'is', null)
        .execute()
    },
  }
}

export type RecallRepository = ReturnType<typeof createRecallRepository>
