/**
 * Responsive prompts: what screening and planning should ask of this person, from their recorded characteristics
 * and their own answers in needs screening (principle 5 of effective resettlement: practice responds to women,
 * minority ethnic people and other groups whose needs and experiences differ). One dated, named catalogue, like
 * the needs screening catalogue: change the prompts here and nowhere else.
 *
 * Each prompt says what kind of service would suit (women-only, culturally specific, accessible, or the support
 * the person is entitled to). Resettle has no directory of services yet, so a prompt says so rather than naming
 * services; when the directory exists, `services` is what it is searched by.
 */
import { isMinorityEthnic, NOT_SAID } from './diversity.catalogue.ts'

/** What the prompts read: the recorded characteristics (or none recorded) and the latest screening's answers. */
export interface PromptProfile {
  sex: string | null
  ethnicity: string | null
  disability: string | null
  neurodivergent: string | null
  careExperienced: string | null
  veteran: string | null
  interpreterNeeded: string | null
  /** The answers to the women's needs questions of the latest screening, by need key ('yes', 'no', 'not-said'). */
  womensNeeds: Readonly<Record<string, string>>
  /** Whether the latest screening asked the women's needs questions. */
  womensNeedsApply: boolean
}

export const PROMPT_STAGES = ['screening', 'planning'] as const
export type PromptStage = (typeof PROMPT_STAGES)[number]
export const SERVICE_KINDS = ['women-only', 'culturally-specific', 'accessible', 'entitlement'] as const
export type ServiceKind = (typeof SERVICE_KINDS)[number]

export interface Prompt {
  key: string
  group: string
  stages: readonly PromptStage[]
  prompt: string
  services: ServiceKind
  /** Why it is shown: the characteristic or answer it comes from. */
  applies(profile: PromptProfile): string | null
}

const isWoman = (p: PromptProfile) => p.sex === 'female' || p.womensNeedsApply
const saidYes = (p: PromptProfile, need: string) => p.womensNeeds[need] === 'yes'
const disabled = (p: PromptProfile) => p.disability === 'yes-a-lot' || p.disability === 'yes-a-little'

/** A women's prompt: shown for a woman, and first where she answered yes in screening. */
function womensPrompt(key: string, need: string, prompt: string): Prompt {
  return {
    key,
    group: 'Women',
    stages: ['screening', 'planning'],
    prompt,
    services: 'women-only',
    applies: p =>
      saidYes(p, need) ? 'She said yes to this in needs screening' : isWoman(p) ? 'Recorded as a woman' : null,
  }
}

export const PROMPT_CATALOGUE = {
  name: 'Resettle responsive prompts (principle 5 of effective resettlement)',
  recordedOn: '2026-12-02',
  directory: 'Resettle has no directory of services yet: find a suitable service locally and record it in the plan.',
  prompts: [
    womensPrompt(
      'domestic-abuse',
      'domestic-abuse',
      'Ask, alone and safely, about domestic abuse now or on release, and whether the release address is safe.',
    ),
    womensPrompt('trauma', 'trauma', 'Ask about trauma that affects her now, and offer trauma-informed support.'),
    womensPrompt(
      'children-caring',
      'caring-for-children',
      'Ask about children and caring: contact, care proceedings, and childcare around appointments.',
    ),
    womensPrompt('sex-work', 'sex-work', 'Ask whether she has been involved in sex work or pressured into it.'),
    {
      key: 'discrimination',
      group: 'Minority ethnic',
      stages: ['screening', 'planning'],
      prompt: 'Ask about experience of discrimination, in custody and before, and what would help now.',
      services: 'culturally-specific',
      applies: p => (p.ethnicity && isMinorityEthnic(p.ethnicity) ? 'Recorded as from a minority ethnic group' : null),
    },
    {
      key: 'trust',
      group: 'Minority ethnic',
      stages: ['planning'],
      prompt: 'Talk about trust in probation and services, and who they would rather work with.',
      services: 'culturally-specific',
      applies: p => (p.ethnicity && isMinorityEthnic(p.ethnicity) ? 'Recorded as from a minority ethnic group' : null),
    },
    {
      key: 'culturally-specific-support',
      group: 'Minority ethnic',
      stages: ['planning'],
      prompt: 'Offer culturally specific support (mentoring, faith or community groups) where they want it.',
      services: 'culturally-specific',
      applies: p => (p.ethnicity && isMinorityEthnic(p.ethnicity) ? 'Recorded as from a minority ethnic group' : null),
    },
    {
      key: 'adjustments',
      group: 'Disabled and neurodivergent',
      stages: ['screening', 'planning'],
      prompt:
        'Agree the adjustments they need in appointments (time, place, breaks, someone with them) and in letters (easy read, large print, a phone call instead).',
      services: 'accessible',
      applies: p =>
        disabled(p) ? 'Recorded as disabled' : p.neurodivergent === 'yes' ? 'Recorded as neurodivergent' : null,
    },
    {
      key: 'interpreter',
      group: 'Language',
      stages: ['screening', 'planning'],
      prompt: 'Book an interpreter for every appointment and send letters they can read.',
      services: 'accessible',
      applies: p => (p.interpreterNeeded === 'yes' ? 'Recorded as needing an interpreter' : null),
    },
    {
      key: 'care-leaver',
      group: 'Care leavers',
      stages: ['planning'],
      prompt:
        'Ask the local authority that looked after them about the leaving care support they are entitled to (a personal adviser up to age 25, help with housing and money).',
      services: 'entitlement',
      applies: p => (p.careExperienced === 'yes' ? 'Recorded as care experienced' : null),
    },
    {
      key: 'veteran',
      group: 'Veterans',
      stages: ['planning'],
      prompt:
        'Ask about the support veterans are entitled to: Op FORTITUDE for housing, Op COURAGE for mental health, the Veterans Welfare Service and service charities.',
      services: 'entitlement',
      applies: p => (p.veteran === 'yes' ? 'Recorded as an armed forces veteran' : null),
    },
  ] satisfies Prompt[],
} as const

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  'women-only': 'Women-only services',
  'culturally-specific': 'Culturally specific services',
  accessible: 'Accessible services',
  entitlement: 'Support they are entitled to',
}

export interface ShownPrompt {
  key: string
  group: string
  stages: readonly PromptStage[]
  prompt: string
  services: ServiceKind
  because: string
}

/**
 * The prompts that apply to a person, in catalogue order, each with why. An answer of "prefer not to say" is no
 * answer: it raises no prompt, and nobody is prompted about a characteristic they chose not to give.
 */
export function promptsFor(profile: PromptProfile, stage?: PromptStage): ShownPrompt[] {
  const given = Object.fromEntries(
    Object.entries(profile).map(([k, v]) => [k, v === NOT_SAID ? null : v]),
  ) as unknown as PromptProfile
  return PROMPT_CATALOGUE.prompts.flatMap(({ applies, ...prompt }) => {
    if (stage && !prompt.stages.includes(stage)) return []
    const because = applies(given)
    return because ? [{ ...prompt, because }] : []
  })
}
