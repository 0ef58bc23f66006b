/**
 * The characteristics the dashboard breaks each measure down by, and the groups of each. Every breakdown has a
 * group for "Prefer not to say" and one for people with no diversity record ("Not recorded"), so that its groups
 * add up to the total. Age is the age on the day of release.
 */
import { AGE_BANDS, DIVERSITY_QUESTIONS, ETHNIC_GROUPS, NOT_SAID } from '../diversity/index.ts'

export const NOT_RECORDED = 'not-recorded'

/** What a release carries of the person, as the repository reads it (null: no diversity record). */
export interface ReleaseGroups {
  sex: string | null
  ethnicGroup: string | null
  ethnicity: string | null
  ageBand: string
  disability: string | null
  religion: string | null
  neurodivergent: string | null
  careExperienced: string | null
  veteran: string | null
}

interface Group {
  value: string
  label: string
}

export interface Dimension {
  key: string
  label: string
  groups: readonly Group[]
  groupOf(r: ReleaseGroups): string
}

const withUnknowns = (groups: readonly Group[]): Group[] => [
  ...groups,
  { value: NOT_SAID, label: 'Prefer not to say' },
  { value: NOT_RECORDED, label: 'Not recorded' },
]

const answered = (question: keyof typeof DIVERSITY_QUESTIONS): Group[] =>
  DIVERSITY_QUESTIONS[question].choices.filter(c => c.value !== NOT_SAID).map(c => ({ value: c.value, label: c.label }))

const plain = (value: string | null) => value ?? NOT_RECORDED

export const DIMENSIONS: readonly Dimension[] = [
  { key: 'sex', label: 'Sex', groups: withUnknowns(answered('sex')), groupOf: r => plain(r.sex) },
  {
    key: 'ethnicity',
    label: 'Ethnic group',
    groups: withUnknowns(ETHNIC_GROUPS.map(g => ({ value: g.key, label: g.label }))),
    groupOf: r => (r.ethnicity === null ? NOT_RECORDED : (r.ethnicGroup ?? NOT_SAID)),
  },
  {
    key: 'age',
    label: 'Age at release',
    groups: AGE_BANDS.map(b => ({ value: b, label: b === 'under-25' ? 'Under 25' : b === '60+' ? '60 and over' : b })),
    groupOf: r => r.ageBand,
  },
  {
    key: 'disability',
    label: 'Disability',
    groups: withUnknowns([
      { value: 'disabled', label: 'Disabled' },
      { value: 'no', label: 'Not disabled' },
    ]),
    groupOf: r => (r.disability === 'yes-a-lot' || r.disability === 'yes-a-little' ? 'disabled' : plain(r.disability)),
  },
  {
    key: 'religion',
    label: 'Religion or belief',
    groups: withUnknowns(answered('religion')),
    groupOf: r => plain(r.religion),
  },
  {
    key: 'neurodivergence',
    label: 'Neurodivergence',
    groups: withUnknowns(answered('neurodivergent')),
    groupOf: r => plain(r.neurodivergent),
  },
  {
    key: 'care-experience',
    label: 'Care experience',
    groups: withUnknowns(answered('careExperienced')),
    groupOf: r => plain(r.careExperienced),
  },
  {
    key: 'veteran',
    label: 'Armed forces veteran',
    groups: withUnknowns(answered('veteran')),
    groupOf: r => plain(r.veteran),
  },
]

export const DIMENSION_KEYS = DIMENSIONS.map(d => d.key) as [string, ...string[]]
export const DIMENSION_BY_KEY = Object.fromEntries(DIMENSIONS.map(d => [d.key, d])) as Record<string, Dimension>
