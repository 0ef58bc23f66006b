/**
 * A table that holds something about a person, as its feature declares it for a subject access export: the rows
 * whose `personColumn` names the person are what is held. A test fails for any table with a `person_id` column that
 * no feature declares (src/features/subject-rights/subject-access-coverage.int.test.ts), so that a new feature cannot
 * leave its records out of what a person is told.
 */
export interface SubjectAccessTable {
  /** The table's name in the database. */
  table: string
  /** The section's heading in the export, for example "Custody episodes". */
  label: string
  /** The column that names the person: `person_id` unless said. */
  personColumn?: string
  /**
   * For a table that names the person through another: its rows whose `column` holds the id of one of the person's
   * rows of `table` (for example a screening's answers, by `screening_id`).
   */
  via?: { table: string; column: string }
  /** Only these columns are exported (for a table that also holds secrets, such as a sign-in account). */
  only?: readonly string[]
  /** Columns left out: secrets and internal hashes, never facts about the person. */
  omit?: readonly string[]
  /** A readable label for a column where the column's own name, made readable, would not do. */
  labels?: Readonly<Record<string, string>>
  /** The column the rows are listed by, oldest first: `created_at` where the table has it. */
  orderBy?: string
}
