/** The plan's forms as GOV.UK components take them: radio, checkbox and select items, built here, not in templates. */
import { CONDITION_CATEGORIES } from './licence-conditions.ts'
import { CONTROL_TYPES, GOAL_KINDS, OWNER_KINDS, STEP_STATUSES, type Section } from './plan-content.ts'
import type { PlanView } from './plans.mappers.ts'
import { CONTROL_NAMES, GOAL_KIND_NAMES, OWNER_NAMES, SECTION_NAMES, STATUS_NAMES } from './plans.wording.ts'

const options = <K extends string>(keys: readonly K[], text: (key: K) => string) =>
  keys.map(value => ({ value, text: text(value) }))

/** A select's items, a blank choice first. */
const selectItems = (blank: string, items: { value: string; text: string }[]) => [{ value: '', text: blank }, ...items]

/** The items of an item form: each section's form uses those it asks. */
export function formChoices(form: {
  section: Section
  goals: { id: string; text: string }[]
  pathways: { key: string; label: string; hasNeed: boolean }[]
}) {
  return {
    heading: SECTION_NAMES[form.section].one.toLowerCase(),
    goalKinds: options(GOAL_KINDS, k => GOAL_KIND_NAMES[k]),
    ownerKinds: options(OWNER_KINDS, k => OWNER_NAMES[k]),
    statuses: options(STEP_STATUSES, k => STATUS_NAMES[k]),
    controlTypes: options(CONTROL_TYPES, k => CONTROL_NAMES[k].staff),
    categories: selectItems(
      'Select a category',
      Object.entries(CONDITION_CATEGORIES).map(([value, text]) => ({ value, text })),
    ),
    pathwayOptions: selectItems(
      'Not linked to a pathway',
      form.pathways.map(p => ({ value: p.key, text: p.hasNeed ? `${p.label} (need identified)` : p.label })),
    ),
    goalOptions: selectItems(
      'Select a goal',
      form.goals.map(g => ({ value: g.id, text: g.text })),
    ),
  }
}

/** The steps of the plan as the checkboxes of the answer form: the person may pick those they do not agree with. */
export function stepItems(plan: PlanView) {
  return plan.goals.flatMap(goal => goal.steps.map(step => ({ value: step.id, text: step.text })))
}
