/**
 * The questions of a person's diversity record and their answers, in one place so that they can change without a
 * hunt. Every question can be answered "Prefer not to say": nobody has to give any of this.
 *
 * Sex, ethnic group and religion are the ONS Census 2021 classifications for England and Wales (ONS, "Census 2021
 * dictionary: ethnic group, national identity, language and religion variables",
 * https://www.ons.gov.uk/census/census2021dictionary/variablesbytopic/ethnicgroupnationalidentitylanguageandreligionvariablescensus2021):
 * ethnic group in its 5 high-level groups and 19 detailed categories, religion in its 8 answers. Disability is the
 * census question on day-to-day activities limited by a health condition (the Equality Act 2010 definition). The
 * census's "Gender identity" question asks whether the gender a person identifies with is the same as their sex
 * registered at birth. Recorded 2026-12-02.
 */
export const NOT_SAID = 'prefer-not-to-say'
const notSaid = { value: NOT_SAID, label: 'Prefer not to say' } as const

export const ETHNIC_GROUPS = [
  {
    key: 'asian',
    label: 'Asian, Asian British or Asian Welsh',
    categories: [
      { value: 'bangladeshi', label: 'Bangladeshi' },
      { value: 'chinese', label: 'Chinese' },
      { value: 'indian', label: 'Indian' },
      { value: 'pakistani', label: 'Pakistani' },
      { value: 'other-asian', label: 'Any other Asian background' },
    ],
  },
  {
    key: 'black',
    label: 'Black, Black British, Black Welsh, Caribbean or African',
    categories: [
      { value: 'african', label: 'African' },
      { value: 'caribbean', label: 'Caribbean' },
      { value: 'other-black', label: 'Any other Black, Black British or Caribbean background' },
    ],
  },
  {
    key: 'mixed',
    label: 'Mixed or Multiple ethnic groups',
    categories: [
      { value: 'white-asian', label: 'White and Asian' },
      { value: 'white-black-african', label: 'White and Black African' },
      { value: 'white-black-caribbean', label: 'White and Black Caribbean' },
      { value: 'other-mixed', label: 'Any other Mixed or Multiple ethnic background' },
    ],
  },
  {
    key: 'white',
    label: 'White',
    categories: [
      { value: 'white-british', label: 'English, Welsh, Scottish, Northern Irish or British' },
      { value: 'irish', label: 'Irish' },
      { value: 'gypsy-irish-traveller', label: 'Gypsy or Irish Traveller' },
      { value: 'roma', label: 'Roma' },
      { value: 'other-white', label: 'Any other White background' },
    ],
  },
  {
    key: 'other',
    label: 'Other ethnic group',
    categories: [
      { value: 'arab', label: 'Arab' },
      { value: 'any-other', label: 'Any other ethnic group' },
    ],
  },
] as const

export type EthnicGroup = (typeof ETHNIC_GROUPS)[number]['key']
export type Ethnicity = (typeof ETHNIC_GROUPS)[number]['categories'][number]['value'] | typeof NOT_SAID

const ETHNICITY_VALUES = [...ETHNIC_GROUPS.flatMap(g => g.categories.map(c => c.value)), NOT_SAID] as unknown as [
  Ethnicity,
  ...Ethnicity[],
]

/** The high-level group of a detailed category, or null when the person preferred not to say. */
export function ethnicGroupOf(ethnicity: string): EthnicGroup | null {
  return ETHNIC_GROUPS.find(g => g.categories.some(c => c.value === ethnicity))?.key ?? null
}

/** White British is the census's own comparison group; "minority ethnic" is every other answered category. */
export function isMinorityEthnic(ethnicity: string): boolean {
  return ethnicGroupOf(ethnicity) !== null && ethnicity !== 'white-british'
}

const yesNo = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, notSaid] as const

/** Each question: its name, the question as asked, its answers (each with "Prefer not to say"). */
export const DIVERSITY_QUESTIONS = {
  sex: {
    label: 'Sex',
    question: 'What is their sex?',
    hint: 'The census question: they can answer as they choose',
    choices: [{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }, notSaid],
  },
  genderSameAsSex: {
    label: 'Gender identity',
    question: 'Is the gender they identify with the same as their sex registered at birth?',
    choices: yesNo,
  },
  ethnicity: {
    label: 'Ethnic group',
    question: 'What is their ethnic group?',
    hint: 'ONS Census 2021 categories for England and Wales',
    choices: [
      ...ETHNIC_GROUPS.flatMap(g => g.categories.map(c => ({ value: c.value, label: `${g.label}: ${c.label}` }))),
      notSaid,
    ],
  },
  religion: {
    label: 'Religion or belief',
    question: 'What is their religion?',
    choices: [
      { value: 'no-religion', label: 'No religion' },
      { value: 'christian', label: 'Christian' },
      { value: 'buddhist', label: 'Buddhist' },
      { value: 'hindu', label: 'Hindu' },
      { value: 'jewish', label: 'Jewish' },
      { value: 'muslim', label: 'Muslim' },
      { value: 'sikh', label: 'Sikh' },
      { value: 'other-religion', label: 'Any other religion' },
      notSaid,
    ],
  },
  disability: {
    label: 'Disability',
    question:
      'Do they have a physical or mental health condition or illness lasting or expected to last 12 months or more that reduces their ability to carry out day-to-day activities?',
    choices: [
      { value: 'yes-a-lot', label: 'Yes, a lot' },
      { value: 'yes-a-little', label: 'Yes, a little' },
      { value: 'no', label: 'No' },
      notSaid,
    ],
  },
  neurodivergent: {
    label: 'Neurodivergence',
    question: 'Are they neurodivergent (for example autistic, ADHD, dyslexic), diagnosed or not?',
    choices: yesNo,
  },
  careExperienced: {
    label: 'Care experience',
    question: 'Have they ever been in care as a child (looked after by a local authority)?',
    choices: yesNo,
  },
  veteran: {
    label: 'Armed forces veteran',
    question: 'Have they served in the UK armed forces?',
    choices: yesNo,
  },
  firstLanguage: {
    label: 'First language',
    question: 'What is their first language?',
    choices: [
      { value: 'english', label: 'English' },
      { value: 'welsh', label: 'Welsh' },
      { value: 'other', label: 'Another language' },
      notSaid,
    ],
  },
  interpreterNeeded: {
    label: 'Interpreter',
    question: 'Do they need an interpreter?',
    choices: yesNo,
  },
} as const

export type DiversityQuestion = keyof typeof DIVERSITY_QUESTIONS
export const DIVERSITY_QUESTION_KEYS = Object.keys(DIVERSITY_QUESTIONS) as DiversityQuestion[]

/** The values allowed for each question, for the schemas. */
export function choiceValues(question: DiversityQuestion): [string, ...string[]] {
  if (question === 'ethnicity') return ETHNICITY_VALUES
  return DIVERSITY_QUESTIONS[question].choices.map(c => c.value) as [string, ...string[]]
}

export function answerLabel(question: DiversityQuestion, value: string): string {
  const choices: readonly { value: string; label: string }[] = DIVERSITY_QUESTIONS[question].choices
  return choices.find(c => c.value === value)?.label ?? value
}

/** Age bands for the dashboard (the Ministry of Justice's offender statistics bands, with 60 and over at the top). */
export const AGE_BANDS = ['under-25', '25-29', '30-39', '40-49', '50-59', '60+'] as const
export type AgeBand = (typeof AGE_BANDS)[number]
