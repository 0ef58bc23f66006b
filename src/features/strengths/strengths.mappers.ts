import type { AchievementRow, StrengthsRepository } from './strengths.repository.ts'
import {
  ACHIEVEMENT_KIND_NAMES,
  GIVING_BACK_KIND_NAMES,
  STRENGTH_CATEGORY_NAMES,
  type WrittenBy,
} from './strengths.wording.ts'

type StrengthRow = Awaited<ReturnType<StrengthsRepository['strengths']>>[number]
type GivingBackRow = Awaited<ReturnType<StrengthsRepository['givingBack']>>[number]

const author = (name: string, role: WrittenBy) => ({ name, role })

export function toStrength(row: StrengthRow) {
  return {
    id: row.id,
    category: row.category,
    categoryName: STRENGTH_CATEGORY_NAMES[row.category],
    text: row.text,
    goalIds: row.goal_ids,
    writtenBy: author(row.display_name, row.written_by_role),
    addedAt: row.created_at,
  }
}

export function toAchievement(row: AchievementRow) {
  return {
    id: row.id,
    kind: row.kind,
    kindName: ACHIEVEMENT_KIND_NAMES[row.kind],
    title: row.title,
    achievedOn: row.achieved_on,
    details: row.details,
    recordedBy: author(row.recorded_by_name, row.recorded_by_role),
    confirmed:
      row.confirmed_on && row.confirmed_by_name
        ? { by: row.confirmed_by_name, on: row.confirmed_on, organisation: row.confirmed_by_organisation }
        : null,
    evidence: row.evidence_type && row.evidence_size ? { type: row.evidence_type, size: row.evidence_size } : null,
  }
}
export type Achievement = ReturnType<typeof toAchievement>

export function toGivingBack(row: GivingBackRow) {
  return {
    id: row.id,
    kind: row.kind,
    kindName: GIVING_BACK_KIND_NAMES[row.kind],
    organisation: row.organisation,
    role: row.role,
    startedOn: row.started_on,
    hours: row.hours,
  }
}
export type GivingBack = ReturnType<typeof toGivingBack>
