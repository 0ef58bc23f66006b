/**
 * A plan as the pages, the API and the printed plan show it: goals with their steps beneath them, the risk
 * controls beside them, the warnings, and where the current version stands with the person; and its history,
 * version by version. Pure: the service passes what it has read.
 */
import type { PlanStrengths } from '../../platform/case/plan-strengths.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { STANDARD_CONDITIONS } from './licence-conditions.ts'
import { CONTROL_TYPES, emptyPlan, type AuthorRole, type PlanContent, type Step } from './plan-content.ts'
import {
  CONTROL_NAMES,
  GOAL_KIND_NAMES,
  STATUS_NAMES,
  STATUS_PLAIN,
  conditionCategoryName,
  ownerPlain,
  changeLine,
  ownerText,
} from './plans.wording.ts'
import type { AgreementRow, VersionRow } from './plans.repository.ts'
import { authorWords, planChanges, planWarnings, type WelfareFacts } from './plans.rules.ts'

export interface Answer {
  versionNumber: number
  agreed: boolean
  comments: string | null
  disagreedStepIds: string[]
  recordedOn: IsoDate
  recordedBy: string
  recordedByRole: AuthorRole
}

export interface PlanViewInput {
  content: PlanContent
  /** The revision read (0 when there is no plan yet), sent back with every change. */
  revision: number
  versionNumber: number | null
  answers: Answer[]
  welfare: WelfareFacts | null
  comName: string | null
  pathways: { key: string; label: string; hasNeed: boolean }[]
  /** The person's strengths profile: the plan shows its strengths, never its own. */
  strengths: PlanStrengths
  today: IsoDate
}

export function planView(input: PlanViewInput) {
  const { content, comName, today } = input
  const pathwayName = (key: string | null) => input.pathways.find(p => p.key === key)?.label ?? null
  const stepView = (step: Step) => ({
    ...step,
    ownerText: ownerText(step, comName),
    ownerPlain: ownerPlain(step, comName),
    statusName: STATUS_NAMES[step.status],
    statusPlain: STATUS_PLAIN[step.status],
    overdue: step.status !== 'done' && step.dueDate < today,
    forPerson: step.owner.kind === 'person',
    addedBy: authorWords(step.by),
    statusBy: step.statusBy ? authorWords(step.statusBy) : null,
  })
  const recorded = new Set(input.strengths.goalsRecorded)
  const strengthsOf = (goalId: string) =>
    input.strengths.strengths
      .filter(s => s.goalIds.includes(goalId))
      .map(s => ({ id: s.id, categoryName: s.categoryName, text: s.text }))
  const answer = input.answers.find(a => a.versionNumber === input.versionNumber) ?? null
  return {
    revision: input.revision,
    exists: input.revision > 0,
    goals: content.goals.map(goal => ({
      ...goal,
      kindName: GOAL_KIND_NAMES[goal.kind],
      pathwayName: pathwayName(goal.pathway),
      writtenBy: authorWords(goal.by),
      writtenByPerson: goal.by.role === 'person',
      changedBy: goal.changedBy ? authorWords(goal.changedBy) : null,
      achievedOn: goal.achievedOn ?? null,
      achievedBy: goal.achievedBy ? authorWords(goal.achievedBy) : null,
      recordedAsAchievement: recorded.has(goal.id),
      strengths: strengthsOf(goal.id),
      steps: content.steps.filter(s => s.goalId === goal.id).map(stepView),
    })),
    strengths: input.strengths.strengths,
    controls: CONTROL_TYPES.map(type => ({
      type,
      ...CONTROL_NAMES[type],
      items: content.controls.filter(c => c.type === type),
    })),
    standardConditions: STANDARD_CONDITIONS,
    conditions: content.conditions.map(c => ({ ...c, categoryName: conditionCategoryName(c.category) })),
    supporters: content.supporters,
    warnings: planWarnings(content, input.welfare),
    version: {
      number: input.versionNumber,
      answer: answer && {
        ...answer,
        disagreedSteps: content.steps.filter(s => answer.disagreedStepIds.includes(s.id)).map(s => s.text),
      },
    },
    pathways: input.pathways,
  }
}

export type PlanView = ReturnType<typeof planView>

export function toAnswer(row: AgreementRow): Answer {
  return {
    versionNumber: row.version_number,
    agreed: row.agreed,
    comments: row.comments,
    disagreedStepIds: row.disagreed_step_ids,
    recordedOn: row.recorded_on,
    recordedBy: authorWords({ name: row.recorded_by_name, role: row.recorded_by_role }),
    recordedByRole: row.recorded_by_role,
  }
}

/** The version history: versions the latest first, as the repository gives them; answers the latest first. */
export function planHistory(versions: VersionRow[], answers: AgreementRow[]) {
  return versions.map((version, index) => {
    const previous = versions[index + 1]?.content ?? emptyPlan()
    const steps = new Map(version.content.steps.map(s => [s.id, s.text]))
    return {
      number: version.number,
      changedBy: authorWords({ name: version.changed_by_name, role: version.changed_by_role }),
      changedAt: version.updated_at.toISOString(),
      changes: planChanges(previous, version.content)
        .filter(change => change.material)
        .map(changeLine),
      answers: answers
        .filter(a => a.version_number === version.number)
        .map(a => ({
          ...toAnswer(a),
          disagreedSteps: a.disagreed_step_ids.map(id => steps.get(id) ?? 'A step since removed'),
        })),
    }
  })
}
