/**
 * What needs screening asks about, kept in one place so that it can change without a hunt.
 *
 * The seven resettlement pathways used across HMPPS resettlement work, and the needs particular to women that are
 * recorded within them (DOMAIN.md, "Resettlement pathways"). Recorded 2026-11-23. Where practice changes, change the
 * lists here and nowhere else: the database stores the keys without checking them against a list, and screenings
 * recorded before a change keep their answers.
 *
 * Each women's need is shown within the pathway it belongs to, so that it is easy to see where the work happens:
 * domestic abuse and caring for children within children, families and communities; sex work within finance and ID
 * (income, debt and the way out); trauma within health.
 */
export const NEEDS_CATALOGUE = {
  name: 'HMPPS resettlement pathways, with needs particular to women',
  recordedOn: '2026-11-23',
  pathways: [
    {
      key: 'accommodation',
      label: 'Accommodation',
      hint: 'Somewhere to live on release, the first night, keeping or ending a tenancy',
    },
    {
      key: 'attitudes-thinking-behaviour',
      label: 'Attitudes, thinking and behaviour',
      hint: 'Thinking skills, managing emotions, courses and programmes',
    },
    {
      key: 'children-families-communities',
      label: 'Children, families and communities',
      hint: 'Relationships, children, family contact, community ties',
    },
    {
      key: 'drugs-alcohol',
      label: 'Drugs and alcohol',
      hint: 'Use of drugs or alcohol, treatment in custody and after release',
    },
    {
      key: 'education-skills-work',
      label: 'Education, skills and work',
      hint: 'Reading and writing, qualifications, training, a job to go to',
    },
    {
      key: 'finance-id',
      label: 'Finance and ID',
      hint: 'Bank account, identity documents, benefits, debt',
    },
    {
      key: 'health',
      label: 'Health',
      hint: 'Physical and mental health, GP registration, medication on release',
    },
  ],
  womensNeeds: [
    {
      key: 'domestic-abuse',
      label: 'Domestic abuse',
      question: 'Has the person experienced domestic abuse, or are they at risk of it?',
      pathway: 'children-families-communities',
    },
    {
      key: 'sex-work',
      label: 'Sex work',
      question: 'Has the person been involved in sex work, or been pressured into it?',
      pathway: 'finance-id',
    },
    {
      key: 'caring-for-children',
      label: 'Caring for children',
      question: 'Was the person caring for children before custody, or will they be after release?',
      pathway: 'children-families-communities',
    },
    {
      key: 'trauma',
      label: 'Trauma',
      question: 'Has the person experienced trauma that affects them now?',
      pathway: 'health',
    },
  ],
} as const

export type PathwayKey = (typeof NEEDS_CATALOGUE.pathways)[number]['key']
export type WomensNeedKey = (typeof NEEDS_CATALOGUE.womensNeeds)[number]['key']

export const PATHWAY_KEYS = NEEDS_CATALOGUE.pathways.map(p => p.key) as [PathwayKey, ...PathwayKey[]]
export const WOMENS_NEED_KEYS = NEEDS_CATALOGUE.womensNeeds.map(n => n.key) as [WomensNeedKey, ...WomensNeedKey[]]

/** The screening on arrival in custody, and the review before release. */
export const SCREENING_KINDS = ['arrival', 'pre-release'] as const
export type ScreeningKind = (typeof SCREENING_KINDS)[number]

/** Where a pathway's need stands. Every status but "no need" means there is a need. */
export const NEED_STATUSES = ['no-need', 'need-identified', 'in-progress', 'support-declined', 'done'] as const
export type NeedStatus = (typeof NEED_STATUSES)[number]

/** How pressing a need is, least first. */
export const URGENCIES = ['low', 'medium', 'high', 'urgent'] as const
export type Urgency = (typeof URGENCIES)[number]

export const WOMENS_NEED_ANSWERS = ['yes', 'no', 'not-said'] as const
export type WomensNeedAnswer = (typeof WOMENS_NEED_ANSWERS)[number]

/** Who does an action: a choice, with a name where it helps (the organisation, the relative). */
export const ACTION_OWNERS = ['person', 'pom', 'com', 'partner', 'family', 'other'] as const
export type ActionOwner = (typeof ACTION_OWNERS)[number]

export const ACTION_PROGRESS = ['not-started', 'in-progress', 'done'] as const
export type ActionProgress = (typeof ACTION_PROGRESS)[number]

/** The words pages use for each value; the API sends the keys. */
export const NEEDS_LABELS = {
  kinds: { arrival: 'Screening on arrival', 'pre-release': 'Pre-release review' },
  statuses: {
    'no-need': 'No need',
    'need-identified': 'Need identified',
    'in-progress': 'In progress',
    'support-declined': 'Support declined',
    done: 'Done',
  },
  urgencies: { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' },
  answers: { yes: 'Yes', no: 'No', 'not-said': 'Did not want to say' },
  owners: {
    person: 'The person',
    pom: 'Prison offender manager',
    com: 'Community offender manager',
    partner: 'A partner organisation',
    family: 'Family or a friend',
    other: 'Someone else',
  },
  progress: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' },
  pathways: Object.fromEntries(NEEDS_CATALOGUE.pathways.map(p => [p.key, p.label])) as Record<PathwayKey, string>,
  womensNeeds: Object.fromEntries(NEEDS_CATALOGUE.womensNeeds.map(n => [n.key, n.label])) as Record<
    WomensNeedKey,
    string
  >,
} as const
