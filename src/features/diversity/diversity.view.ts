import {
  answerLabel,
  DIVERSITY_QUESTIONS,
  DIVERSITY_QUESTION_KEYS,
  ETHNIC_GROUPS,
  NOT_SAID,
} from './diversity.catalogue.ts'
import type { CasePrompts } from '../../platform/case/case-prompt.ts'
import type { DiversityRecord } from './diversity.mappers.ts'
import { PROMPT_CATALOGUE, SERVICE_KIND_LABELS, type ShownPrompt } from './prompts.catalogue.ts'

/** The summary list of a recorded person's answers. */
export function recordRows(record: DiversityRecord, age: number) {
  const rows = DIVERSITY_QUESTION_KEYS.map(question => {
    const value = record[question]
    const shown = question === 'firstLanguage' && value === 'other' ? (record.firstLanguageOther ?? '') : null
    return {
      key: { text: DIVERSITY_QUESTIONS[question].label },
      value: { text: shown ?? answerLabel(question, value) },
    }
  })
  return [
    { key: { text: 'Age' }, value: { text: `${age} (from the date of birth)` } },
    ...rows,
    { key: { text: 'Adjustments they need' }, value: { text: record.adjustments ?? 'None recorded' } },
  ]
}

/** The form's questions as GOV.UK radios; ethnic group is a select grouped by the census's 5 high-level groups. */
export function formQuestions() {
  return DIVERSITY_QUESTION_KEYS.map(question => {
    const q = DIVERSITY_QUESTIONS[question]
    return {
      name: question,
      legend: q.question,
      hint: 'hint' in q ? q.hint : undefined,
      select: question === 'ethnicity',
      items: question === 'ethnicity' ? ethnicityItems() : q.choices.map(c => ({ value: c.value, text: c.label })),
    }
  })
}

function ethnicityItems() {
  return [
    { value: '', text: 'Select their ethnic group' },
    ...ETHNIC_GROUPS.flatMap(g => g.categories.map(c => ({ value: c.value, text: `${g.label}: ${c.label}` }))),
    { value: NOT_SAID, text: 'Prefer not to say' },
  ]
}

/** Prompts grouped by the group they are for, each saying what kind of service would suit and why it shows. */
export function promptsView(prompts: readonly ShownPrompt[]) {
  const groups = new Map<
    string,
    { group: string; prompts: (ShownPrompt & { servicesLabel: string; stagesText: string })[] }
  >()
  for (const p of prompts) {
    const entry = groups.get(p.group) ?? { group: p.group, prompts: [] }
    entry.prompts.push({ ...p, servicesLabel: SERVICE_KIND_LABELS[p.services], stagesText: p.stages.join(' and ') })
    groups.set(p.group, entry)
  }
  return [...groups.values()]
}

export const PROMPTS_SOURCE = `${PROMPT_CATALOGUE.name}, recorded ${PROMPT_CATALOGUE.recordedOn}`

/** The prompts as the needs and plan pages show them, with the way to the Diversity tab. */
export function casePrompts(personId: string, prompts: readonly ShownPrompt[]): CasePrompts {
  return {
    prompts: prompts.map(p => ({
      key: p.key,
      group: p.group,
      prompt: p.prompt,
      because: p.because,
      services: SERVICE_KIND_LABELS[p.services],
    })),
    source: PROMPTS_SOURCE,
    note: PROMPT_CATALOGUE.directory,
    href: `/people/${personId}/diversity`,
    linkText: 'See the diversity record and every prompt',
  }
}
