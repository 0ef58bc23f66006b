/**
 * What a plan holds, as stored in one JSON document per plan and per version. Every item has an id that stays
 * the same through its changes, so that two versions compare item by item, and says who added it: whatever the
 * person adds or changes shows as theirs.
 */
import type { ConditionCategory } from './licence-conditions.ts'

export const AUTHOR_ROLES = ['person', 'practitioner'] as const
export type AuthorRole = (typeof AUTHOR_ROLES)[number]

export interface Author {
  userId: string
  name: string
  role: AuthorRole
}

export const GOAL_KINDS = ['own', 'compliance'] as const
export type GoalKind = (typeof GOAL_KINDS)[number]

export const OWNER_KINDS = ['person', 'practitioner', 'partner', 'supporter'] as const
export type OwnerKind = (typeof OWNER_KINDS)[number]

export const STEP_STATUSES = ['not-started', 'in-progress', 'done'] as const
export type StepStatus = (typeof STEP_STATUSES)[number]

export const CONTROL_TYPES = ['trigger', 'warning-sign', 'coping'] as const
export type ControlType = (typeof CONTROL_TYPES)[number]

export const STRENGTH_TYPES = ['strength', 'protective'] as const
export type StrengthType = (typeof STRENGTH_TYPES)[number]

interface Item {
  id: string
  /** Who added it. */
  by: Author
  /** Who last changed it, when someone has. */
  changedBy?: Author
}

export interface Goal extends Item {
  text: string
  /** The person's own goal, or one about keeping to the licence and managing risk. */
  kind: GoalKind
  /** A resettlement pathway from needs screening, by its key. */
  pathway: string | null
  /** The strengths and protective factors it builds on. */
  buildsOn: string | null
}

export interface Step extends Item {
  goalId: string
  text: string
  owner: { kind: OwnerKind; name: string | null }
  dueDate: string
  status: StepStatus
  /** Who last set the status. */
  statusBy?: Author
}

export interface Strength extends Item {
  type: StrengthType
  text: string
}

/** Internal controls, written with the person. */
export interface Control extends Item {
  type: ControlType
  text: string
}

/** An additional licence condition, with what it means for the person in plain words. */
export interface Condition extends Item {
  category: ConditionCategory
  text: string
  meaning: string
}

export interface Supporter extends Item {
  name: string
  relationship: string
  /** What the person consents to share with them. */
  shares: string
  /** Their part in the plan. */
  part: string
}

export interface PlanContent {
  goals: Goal[]
  steps: Step[]
  strengths: Strength[]
  controls: Control[]
  conditions: Condition[]
  supporters: Supporter[]
}

export type Section = keyof PlanContent
export const SECTIONS = [
  'goals',
  'steps',
  'strengths',
  'controls',
  'conditions',
  'supporters',
] as const satisfies readonly Section[]

export type PlanItem = PlanContent[Section][number]

export function emptyPlan(): PlanContent {
  return { goals: [], steps: [], strengths: [], controls: [], conditions: [], supporters: [] }
}
