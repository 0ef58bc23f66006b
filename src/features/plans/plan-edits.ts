/**
 * One edit to a plan, checked against and applied to the plan as it stands: pure, so that the service can apply it
 * again to a plan someone else has changed meanwhile.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { NotFound, type FieldError } from '../../platform/errors/errors.ts'
import type { Author, Goal, PlanContent, PlanItem, Section, Step, StepStatus } from './plan-content.ts'
import { dueDateProblem, MATERIAL_FIELDS } from './plans.rules.ts'

/** An item's own fields, as a form or the API gives them once parsed. */
export type ItemValues = Record<string, unknown>

export type Edit =
  | { op: 'add'; section: Section; values: ItemValues }
  | { op: 'update'; section: Section; id: string; values: ItemValues }
  | { op: 'remove'; section: Section; id: string }
  | { op: 'status'; id: string; status: StepStatus }
  | { op: 'achieved'; id: string; on: IsoDate | null }

/** The fields an item of each section keeps, from parsed input. */
function fieldsOf(section: Section, v: ItemValues): Record<string, unknown> {
  const text = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : null)
  switch (section) {
    case 'goals':
      return { text: v.text, kind: v.kind ?? 'own', pathway: text('pathway'), buildsOn: text('buildsOn') }
    case 'steps': {
      const named = v.ownerKind === 'partner' || v.ownerKind === 'supporter'
      return {
        goalId: v.goalId,
        text: v.text,
        owner: { kind: v.ownerKind, name: named ? text('ownerName') : null },
        dueDate: v.dueDate,
        status: v.status ?? 'not-started',
      }
    }
    case 'controls':
      return { type: v.type, text: v.text }
    case 'conditions':
      return { category: v.category, text: v.text, meaning: v.meaning }
    case 'supporters':
      return { name: v.name, relationship: v.relationship, shares: v.shares, part: v.part }
  }
}

type Items = PlanContent[Section]

function find(content: PlanContent, section: Section, id: string): PlanItem {
  const item = (content[section] as readonly PlanItem[]).find(i => i.id === id)
  if (!item) throw new NotFound('This part of the plan has been removed')
  return item
}

/**
 * Everything the plan as it stands cannot take from this edit, all at once: a step for a goal not in the plan, a
 * step due in the past (unless its date is unchanged), a goal removed while it still has steps.
 */
export function editProblems(content: PlanContent, edit: Edit, today: IsoDate): FieldError[] {
  if (edit.op === 'status' || edit.op === 'achieved') return []
  if (edit.op === 'remove') {
    const hasSteps = edit.section === 'goals' && content.steps.some(s => s.goalId === edit.id)
    return hasSteps
      ? [{ field: 'remove', message: 'Remove the steps of this goal, or move them to another goal, first' }]
      : []
  }
  if (edit.section !== 'steps') return []
  const problems: FieldError[] = []
  if (!content.goals.some(g => g.id === edit.values.goalId)) {
    problems.push({ field: 'goalId', message: 'Select the goal this step is for' })
  }
  const previous = edit.op === 'update' ? (content.steps.find(s => s.id === edit.id)?.dueDate ?? null) : null
  const late = dueDateProblem(edit.values.dueDate as IsoDate, previous, today)
  if (late) problems.push({ field: 'dueDate', message: late })
  return problems
}

/** The plan with the edit applied, by `author`; `newId` names a new item. Check `editProblems` first. */
export function applyEdit(content: PlanContent, edit: Edit, author: Author, newId: () => string): PlanContent {
  if (edit.op === 'status') {
    const step = find(content, 'steps', edit.id) as Step
    const steps = content.steps.map(s => (s.id === step.id ? { ...s, status: edit.status, statusBy: author } : s))
    return { ...content, steps }
  }
  if (edit.op === 'achieved') {
    const goal = find(content, 'goals', edit.id) as Goal
    const marked = edit.on ? { achievedOn: edit.on, achievedBy: author } : { achievedOn: null, achievedBy: undefined }
    return { ...content, goals: content.goals.map(g => (g.id === goal.id ? { ...g, ...marked } : g)) }
  }
  const { section } = edit
  const items = content[section] as readonly PlanItem[]
  if (edit.op === 'remove') {
    find(content, section, edit.id)
    return { ...content, [section]: items.filter(i => i.id !== edit.id) as Items }
  }
  const fields = fieldsOf(section, edit.values)
  if (edit.op === 'add') {
    const statusBy = section === 'steps' ? { statusBy: author } : {}
    return { ...content, [section]: [...items, { id: newId(), ...fields, ...statusBy, by: author }] as Items }
  }
  const old = find(content, section, edit.id) as unknown as Record<string, unknown>
  const changed = MATERIAL_FIELDS[section].some(name => JSON.stringify(old[name]) !== JSON.stringify(fields[name]))
  const updated = {
    ...old,
    ...fields,
    ...(changed ? { changedBy: author } : {}),
    ...(section === 'steps' && old.status !== fields.status ? { statusBy: author } : {}),
  }
  return { ...content, [section]: items.map(i => (i.id === edit.id ? updated : i)) as Items }
}

/** An item's fields as its form shows them: the inverse of what a save reads. */
export function formValuesOf(item: PlanItem | null): ItemValues {
  if (!item) return {}
  const fields: ItemValues = Object.fromEntries(
    Object.entries(item).filter(
      ([name]) => !['id', 'by', 'changedBy', 'statusBy', 'owner', 'achievedOn', 'achievedBy'].includes(name),
    ),
  )
  return 'owner' in item ? { ...fields, ownerKind: item.owner.kind, ownerName: item.owner.name } : fields
}
