/** The choices each form of the plan offers, as GOV.UK radios and selects take them. */
import { CONDITION_CATEGORIES } from './licence-conditions.ts'
import { CONTROL_TYPES, GOAL_KINDS, OWNER_KINDS, STEP_STATUSES, STRENGTH_TYPES, type Section } from './plan-content.ts'
import {
  CONTROL_NAMES,
  GOAL_KIND_NAMES,
  OWNER_NAMES,
  SECTION_NAMES,
  STATUS_NAMES,
  STRENGTH_NAMES,
} from './plan-wording.ts'

const options = <K extends string>(keys: readonly K[], text: (key: K) => string) =>
  keys.map(value => ({ value, text: text(value) }))

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
    strengthTypes: options(STRENGTH_TYPES, k => STRENGTH_NAMES[k]),
    categories: Object.entries(CONDITION_CATEGORIES).map(([value, text]) => ({ value, text })),
    pathwayOptions: form.pathways.map(p => ({
      value: p.key,
      text: p.hasNeed ? `${p.label} (need identified)` : p.label,
    })),
    goalOptions: form.goals.map(g => ({ value: g.id, text: g.text })),
  }
}
