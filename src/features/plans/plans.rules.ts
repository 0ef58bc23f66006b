/**
 * The rules of a co-produced plan, pure (no I/O, no clock: today is an argument):
 *
 * - what changed between two states of a plan, item by item, and whether the change is material;
 * - whether a material change opens a new version or amends the one being drafted;
 * - the balance warning and the welfare warning.
 *
 * A material change is one to what the person is asked to agree to: a goal, step, internal control, additional
 * licence condition or supporter added, removed or reworded, a step given a new owner, goal or due date. A step's
 * status and a goal marked achieved are not material: they are progress on the plan, not a change to it. Strengths
 * are the strengths profile's, not the plan's, so changing them changes no plan (versions made before they moved
 * still hold theirs, and their history still reads as it did).
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { STORED_SECTIONS, type Author, type PlanContent, type StoredItem, type StoredSection } from './plan-content.ts'

export interface Change {
  section: StoredSection
  change: 'added' | 'removed' | 'changed'
  /** The item's words, to say which one changed. */
  label: string
  /** The fields that changed, for a change. */
  fields: string[]
  material: boolean
}

/** The fields whose change is material, for each section; any other field that changes is progress. */
export const MATERIAL_FIELDS: Record<StoredSection, readonly string[]> = {
  goals: ['text', 'kind', 'pathway', 'buildsOn'],
  steps: ['goalId', 'text', 'owner', 'dueDate'],
  strengths: ['type', 'text'],
  controls: ['type', 'text'],
  conditions: ['category', 'text', 'meaning'],
  supporters: ['name', 'relationship', 'shares', 'part'],
}

const PROGRESS_FIELDS: Partial<Record<StoredSection, readonly string[]>> = { steps: ['status'], goals: ['achievedOn'] }

export function labelOf(item: StoredItem): string {
  return 'text' in item ? item.text : item.name
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** What changed from `before` to `after`, section by section in the plan's order, then in each section's order. */
export function planChanges(before: PlanContent, after: PlanContent): Change[] {
  return STORED_SECTIONS.flatMap(section => sectionChanges(section, before[section] ?? [], after[section] ?? []))
}

function sectionChanges(section: StoredSection, before: readonly StoredItem[], after: readonly StoredItem[]): Change[] {
  const earlier = new Map(before.map(item => [item.id, item]))
  const later = new Set(after.map(item => item.id))
  const changes: Change[] = []
  for (const item of after) {
    const old = earlier.get(item.id)
    if (!old) {
      changes.push({ section, change: 'added', label: labelOf(item), fields: [], material: true })
      continue
    }
    const fieldsOf = (names: readonly string[] = []) =>
      names.filter(
        name =>
          !same((old as unknown as Record<string, unknown>)[name], (item as unknown as Record<string, unknown>)[name]),
      )
    const material = fieldsOf(MATERIAL_FIELDS[section])
    const progress = fieldsOf(PROGRESS_FIELDS[section])
    if (material.length || progress.length) {
      changes.push({
        section,
        change: 'changed',
        label: labelOf(item),
        fields: [...material, ...progress],
        material: material.length > 0,
      })
    }
  }
  for (const item of before) {
    if (!later.has(item.id))
      changes.push({ section, change: 'removed', label: labelOf(item), fields: [], material: true })
  }
  return changes
}

export function isMaterial(changes: readonly Change[]): boolean {
  return changes.some(change => change.material)
}

/** The version a plan is at, as the versioning rule reads it. */
export interface CurrentVersion {
  number: number
  changedBy: string
  /** Whether the person has answered (agreed or not) this version. */
  answered: boolean
}

/**
 * Which version a save belongs to. A change that is not material stays in the current version. A material change
 * opens a new version, except while one author is still drafting a version nobody has answered: consecutive
 * changes by the same author before any answer are one version, so that drafting a plan item by item does not
 * make a version of each item. A change by anyone else, or after an answer, asks for agreement again.
 */
export function versionFor(current: CurrentVersion | null, material: boolean, userId: string) {
  if (!current) return { number: 1, opens: true }
  if (!material || (!current.answered && current.changedBy === userId)) return { number: current.number, opens: false }
  return { number: current.number + 1, opens: true }
}

/** Items of the readiness checklist that are basic welfare needs on the day of release (DESIGN.md, principle 1). */
export const BASIC_WELFARE_ITEMS = [
  'accommodation',
  'identity',
  'bank-account',
  'benefits',
  'gp',
  'medication',
  'first-appointment',
] as const

export interface WelfareFacts {
  released: boolean
  items: { key: string; title: string; status: string }[]
}

export interface PlanWarnings {
  /** The plan holds controls or compliance goals and none of the person's own goals. */
  balance: boolean
  /** Basic welfare items not met (nor closed as not needed) while the person is still to be released. */
  welfare: string[]
}

/**
 * The balance warning: the plan holds only controls and compliance (internal controls, additional licence
 * conditions, compliance goals and their steps) and none of the person's own goals. An empty plan warns of
 * nothing: there is nothing yet to balance. The welfare warning: before release, each basic welfare item of the
 * readiness checklist that is not met or closed as not needed; none after release or without a custody episode.
 */
export function planWarnings(content: PlanContent, welfare: WelfareFacts | null): PlanWarnings {
  const ownGoals = content.goals.some(goal => goal.kind === 'own')
  const controlsOrCompliance = content.controls.length + content.conditions.length + content.goals.length > 0
  const basic = new Set<string>(BASIC_WELFARE_ITEMS)
  return {
    balance: !ownGoals && controlsOrCompliance,
    welfare:
      welfare && !welfare.released
        ? welfare.items
            .filter(i => basic.has(i.key) && i.status !== 'met' && i.status !== 'not-needed')
            .map(i => i.title)
        : [],
  }
}

/** A new step, or a step given a new due date, must not be due in the past. */
export function dueDateProblem(dueDate: IsoDate, previous: IsoDate | null, today: IsoDate): string | null {
  if (dueDate >= today || dueDate === previous) return null
  return 'The due date must be today or in the future'
}

/** The name to show for who did something: the person is named as such, so that what they wrote shows as theirs. */
export function authorWords(author: Pick<Author, 'name' | 'role'>): string {
  return author.role === 'person' ? `${author.name} (the person)` : author.name
}
