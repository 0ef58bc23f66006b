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

/** A strength, with the goals of the current plan that build on it: a goal removed from the plan stops showing. */
export function toStrength(row: StrengthRow, goals: readonly { id: string; text: string }[] = []) {
  return {
    id: row.id,
    category: row.category,
    categoryName: STRENGTH_CATEGORY_NAMES[row.category],
    text: row.text,
    goalIds: row.goal_ids,
    goals: goals.filter(g => row.goal_ids.includes(g.id)).map(g => ({ id: g.id, text: g.text })),
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
    goalId: row.goal_id,
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
