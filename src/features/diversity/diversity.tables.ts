import type { ColumnType, Generated } from 'kysely'

/** A person's diversity record (migrations/017_diversity_outcomes.sql) as Kysely sees it. */
type Instant = ColumnType<Date, Date | string | undefined, Date | string>

export interface PersonDiversityTable {
  person_id: string
  sex: string
  gender_same_as_sex: string
  ethnicity: string
  religion: string
  disability: string
  adjustments: string | null
  neurodivergent: string
  care_experienced: string
  veteran: string
  first_language: string
  first_language_other: string | null
  interpreter_needed: string
  version: ColumnType<number, number | undefined, number>
  recorded_by: string
  recorded_on: string
  created_at: Generated<Date>
  updated_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    person_diversity: PersonDiversityTable
  }
}
