/**
 * The words a plan is shown in: labels for practitioners, and plain words for the person (short sentences,
 * everyday words, "you"), so that the person's pages and the printed plan say the same thing.
 */
import { CONDITION_CATEGORIES, type ConditionCategory } from './licence-conditions.ts'
import type { ControlType, GoalKind, OwnerKind, Step, StepStatus, StoredSection } from './plan-content.ts'
import type { Change } from './plans.rules.ts'

/** Each section's name; strengths only as old versions' history names them. */
export const SECTION_NAMES: Record<StoredSection, { one: string; many: string }> = {
  goals: { one: 'Goal', many: 'Goals' },
  steps: { one: 'Step', many: 'Steps' },
  strengths: { one: 'Strength or protective factor', many: 'Strengths and protective factors' },
  controls: { one: 'Internal control', many: 'Internal controls' },
  conditions: { one: 'Additional licence condition', many: 'Additional licence conditions' },
  supporters: { one: 'Family member or supporter', many: 'Family and supporters' },
}

export const GOAL_KIND_NAMES: Record<GoalKind, string> = {
  own: 'The person’s own goal',
  compliance: 'Compliance (licence or risk)',
}

export const OWNER_NAMES: Record<OwnerKind, string> = {
  person: 'The person',
  practitioner: 'The practitioner',
  partner: 'A partner organisation',
  supporter: 'A family member or supporter',
}

export const STATUS_NAMES: Record<StepStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
}

export const CONTROL_NAMES: Record<ControlType, { staff: string; plain: string }> = {
  trigger: { staff: 'Trigger', plain: 'Things that can make it hard' },
  'warning-sign': { staff: 'Warning sign', plain: 'Signs that things are going wrong' },
  coping: { staff: 'What helps them cope', plain: 'What helps you cope' },
}

export const conditionCategoryName = (category: ConditionCategory) => CONDITION_CATEGORIES[category]

/** Who does a step, for practitioners. */
export function ownerText(step: Step, comName: string | null): string {
  if (step.owner.kind === 'practitioner') return comName ?? OWNER_NAMES.practitioner
  if (step.owner.kind === 'person') return OWNER_NAMES.person
  return step.owner.name ?? OWNER_NAMES[step.owner.kind]
}

/** Who does a step, in the person's words. */
export function ownerPlain(step: Step, comName: string | null): string {
  if (step.owner.kind === 'person') return 'You'
  if (step.owner.kind === 'practitioner') return comName ?? 'Your probation worker'
  return step.owner.name ?? 'Someone helping you'
}

export const STATUS_PLAIN: Record<StepStatus, string> = {
  'not-started': 'Not started yet',
  'in-progress': 'Started',
  done: 'Done',
}

const FIELD_NAMES: Record<string, string> = {
  text: 'wording',
  kind: 'kind',
  pathway: 'pathway',
  buildsOn: 'what it builds on',
  goalId: 'goal',
  owner: 'owner',
  dueDate: 'due date',
  status: 'status',
  achievedOn: 'achieved',
  type: 'type',
  category: 'category',
  meaning: 'plain meaning',
  name: 'name',
  relationship: 'relationship',
  shares: 'what is shared',
  part: 'part in the plan',
}

/** One change, in a line: "Step added: Open a bank account", "Goal changed (wording): Get a job". */
export function changeLine(change: Change): string {
  const fields = change.fields.length ? ` (${change.fields.map(f => FIELD_NAMES[f] ?? f).join(', ')})` : ''
  return `${SECTION_NAMES[change.section].one} ${change.change}${fields}: ${change.label}`
}
