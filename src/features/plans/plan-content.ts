/**
 * What a plan holds, as stored in one JSON document per plan and per version. Every item has an id that stays
 * the same through its changes, so that two versions compare item by item, and says who added it: whatever the
 * person adds or changes shows as theirs.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
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

/** The kinds of strength plans held before strengths moved to the person's strengths profile. */
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
  /** What it builds on, in words (the strengths that build on it are linked from the strengths profile). */
  buildsOn: string | null
  /** The day a practitioner marked it achieved, and who did; progress, not a change to what is agreed. */
  achievedOn?: IsoDate | null
  achievedBy?: Author
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

/**
 * A strength as plans held them before the strengths profile (migration 016 moved them there). Versions made
 * before then still hold them, so that their history reads as it did; no edit makes or changes one now.
 */
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
  /** Only in plans and versions made before strengths moved to the strengths profile: read, never edited. */
  strengths?: Strength[]
  controls: Control[]
  conditions: Condition[]
  supporters: Supporter[]
}

/** The sections a plan's pages and API edit. */
export const SECTIONS = ['goals', 'steps', 'controls', 'conditions', 'supporters'] as const
export type Section = (typeof SECTIONS)[number]

/** The sections a stored version may hold, in the plan's order: those edited and the strengths of old versions. */
export const STORED_SECTIONS = ['goals', 'steps', 'strengths', 'controls', 'conditions', 'supporters'] as const
export type StoredSection = (typeof STORED_SECTIONS)[number]

export type PlanItem = PlanContent[Section][number]
export type StoredItem = PlanItem | Strength

export function emptyPlan(): PlanContent {
  return { goals: [], steps: [], controls: [], conditions: [], supporters: [] }
}
