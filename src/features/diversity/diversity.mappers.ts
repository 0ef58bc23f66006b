import { ethnicGroupOf } from './diversity.catalogue.ts'
import type { DiversityRepository } from './diversity.repository.ts'
import type { PromptProfile } from './prompts.catalogue.ts'

type Row = NonNullable<Awaited<ReturnType<DiversityRepository['record']>>>

export function toRecord(row: Row) {
  return {
    sex: row.sex,
    genderSameAsSex: row.gender_same_as_sex,
    ethnicity: row.ethnicity,
    religion: row.religion,
    disability: row.disability,
    neurodivergent: row.neurodivergent,
    careExperienced: row.care_experienced,
    veteran: row.veteran,
    firstLanguage: row.first_language,
    interpreterNeeded: row.interpreter_needed,
    adjustments: row.adjustments,
    firstLanguageOther: row.first_language_other,
    ethnicGroup: ethnicGroupOf(row.ethnicity),
    version: row.version,
    recordedOn: row.recorded_on,
    recordedBy: row.recorded_by_name,
  }
}

export type DiversityRecord = ReturnType<typeof toRecord>

export function profileOf(
  record: DiversityRecord | null,
  womensNeeds: { apply: boolean; answers: Record<string, string> },
): PromptProfile {
  return {
    sex: record?.sex ?? null,
    ethnicity: record?.ethnicity ?? null,
    disability: record?.disability ?? null,
    neurodivergent: record?.neurodivergent ?? null,
    careExperienced: record?.careExperienced ?? null,
    veteran: record?.veteran ?? null,
    interpreterNeeded: record?.interpreterNeeded ?? null,
    womensNeeds: womensNeeds.answers,
    womensNeedsApply: womensNeeds.apply,
  }
}

/** What a form shows: the saved record, or nothing yet. */
export function formValues(record: DiversityRecord | null) {
  if (!record) return { version: 0 }
  return { ...record, adjustments: record.adjustments ?? '', firstLanguageOther: record.firstLanguageOther ?? '' }
}
