/**
 * A plan as the pages, the API and the printed plan show it: goals with their steps beneath them, the risk
 * controls beside them, the warnings, and where the current version stands with the person. Pure: the service
 * passes what it has read.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { STANDARD_CONDITIONS } from './licence-conditions.ts'
import { CONTROL_TYPES, type AuthorRole, type PlanContent, type Step } from './plan-content.ts'
import {
  CONTROL_NAMES,
  GOAL_KIND_NAMES,
  STATUS_NAMES,
  STATUS_PLAIN,
  STRENGTH_NAMES,
  conditionCategoryName,
  ownerPlain,
  ownerText,
} from './plan-wording.ts'
import { authorWords, planWarnings, type WelfareFacts } from './plans.rules.ts'

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
      steps: content.steps.filter(s => s.goalId === goal.id).map(stepView),
    })),
    strengths: content.strengths.map(s => ({ ...s, typeName: STRENGTH_NAMES[s.type], by: authorWords(s.by) })),
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
