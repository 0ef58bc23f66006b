import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { DiversityInput } from './diversity.schemas.ts'

export interface DiversityWrite {
  personId: string
  input: DiversityInput
  recordedBy: string
  recordedOn: string
}

const columnsOf = ({ input }: DiversityWrite) => ({
  sex: input.sex,
  gender_same_as_sex: input.genderSameAsSex,
  ethnicity: input.ethnicity,
  religion: input.religion,
  disability: input.disability,
  adjustments: input.adjustments ?? null,
  neurodivergent: input.neurodivergent,
  care_experienced: input.careExperienced,
  veteran: input.veteran,
  first_language: input.firstLanguage,
  first_language_other: input.firstLanguageOther ?? null,
  interpreter_needed: input.interpreterNeeded,
})

export function createDiversityRepository(db: Db) {
  return {
    /** A person's record with who recorded it, or undefined. */
    async record(personId: string) {
      return db
        .selectFrom('person_diversity as d')
        .leftJoin('app_user as u', 'u.id', 'd.recorded_by')
        .selectAll('d')
        .select('u.display_name as recorded_by_name')
        .where('d.person_id', '=', personId)
        .executeTakeFirst()
    },

    /** The women's needs answers of the person's latest screening, in one statement. */
    async latestWomensNeeds(personId: string) {
      const rows = await db
        .selectFrom('needs_screening as s')
        .leftJoin('needs_screening_womens_need as w', 'w.screening_id', 's.id')
        .select(['s.id', 's.womens_needs_apply', 'w.need', 'w.answer'])
        .where(
          's.id',
          '=',
          db
            .selectFrom('needs_screening as latest')
            .select('latest.id')
            .where('latest.person_id', '=', personId)
            .orderBy('latest.screened_on', 'desc')
            .orderBy('latest.created_at', 'desc')
            .limit(1),
        )
        .execute()
      return {
        apply: rows[0]?.womens_needs_apply ?? false,
        answers: Object.fromEntries(rows.flatMap(r => (r.need && r.answer ? [[r.need, r.answer]] : []))),
      }
    },

    /** The first record of a person: undefined if someone recorded one meanwhile. */
    async insert(tx: Db, write: DiversityWrite) {
      return tx
        .insertInto('person_diversity')
        .values({
          person_id: write.personId,
          ...columnsOf(write),
          recorded_by: write.recordedBy,
          recorded_on: write.recordedOn,
        })
        .onConflict(oc => oc.column('person_id').doNothing())
        .returning('version')
        .executeTakeFirst()
    },

    /** Replaces the record over the version read: undefined when it is stale. */
    async update(tx: Db, write: DiversityWrite, version: number) {
      return tx
        .updateTable('person_diversity')
        .set({
          ...columnsOf(write),
          recorded_by: write.recordedBy,
          recorded_on: write.recordedOn,
          version: sql<number>`version + 1`,
          updated_at: new Date(),
        })
        .where('person_id', '=', write.personId)
        .where('version', '=', version)
        .returning('version')
        .executeTakeFirst()
    },

    async version(tx: Db, personId: string) {
      const row = await tx
        .selectFrom('person_diversity')
        .select('version')
        .where('person_id', '=', personId)
        .executeTakeFirst()
      return row?.version ?? 0
    },
  }
}

export type DiversityRepository = ReturnType<typeof createDiversityRepository>
