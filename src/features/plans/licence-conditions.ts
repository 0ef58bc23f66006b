/**
 * The licence conditions the plan shows beside the person's goals, each with what it means in plain words for
 * the person ("we" and "us" are probation, as the person's pages say). The nine standard conditions apply to everyone on licence (DOMAIN.md, "Licence conditions");
 * additional conditions come in categories and are written into each plan with their own plain meaning.
 * Recorded 2026-11-23: where the wording of the licence changes, change it here and nowhere else.
 */
export const STANDARD_CONDITIONS = [
  {
    key: 'good-behaviour',
    condition: 'Be well behaved and do not do anything that undermines the purpose of the licence',
    meaning: 'Behave well. Do not do things that go against your licence.',
  },
  {
    key: 'no-offence',
    condition: 'Do not commit any offence',
    meaning: 'Do not break the law.',
  },
  {
    key: 'keep-in-touch',
    condition: 'Keep in touch with the supervising officer as instructed',
    meaning: 'Go to every meeting we set up. Answer when we call or write.',
  },
  {
    key: 'receive-visits',
    condition: 'Receive visits from the supervising officer as instructed',
    meaning: 'Let us visit you at home when we ask.',
  },
  {
    key: 'approved-address',
    condition: 'Live at an address approved by the supervising officer and get permission for any night away',
    meaning: 'Live where we say yes to. Ask us first if you want to stay a night somewhere else.',
  },
  {
    key: 'other-names',
    condition: 'Tell the supervising officer of any other name used',
    meaning: 'Tell us if you use another name.',
  },
  {
    key: 'contact-details',
    condition: 'Tell the supervising officer of any change to contact details',
    meaning: 'Tell us if your phone number or email changes.',
  },
  {
    key: 'work',
    condition: 'Work only with the approval of the supervising officer, giving notice of any change',
    meaning: 'Ask us before you start a job. Tell us before it changes.',
  },
  {
    key: 'travel',
    condition: 'Do not travel outside the UK, Channel Islands or Isle of Man without permission',
    meaning: 'Do not leave the UK unless we say yes.',
  },
] as const

/** The categories of additional licence conditions (DOMAIN.md). */
export const CONDITION_CATEGORIES = {
  residence: 'Where you live',
  contact: 'Who you may contact',
  programmes: 'Courses and programmes',
  movement: 'Where you may go',
  curfew: 'Curfew',
  'electronic-monitoring': 'Electronic monitoring (a tag)',
  'drug-testing': 'Drug testing',
  other: 'Other',
} as const

export type ConditionCategory = keyof typeof CONDITION_CATEGORIES
export const CONDITION_CATEGORY_KEYS = Object.keys(CONDITION_CATEGORIES) as [ConditionCategory, ...ConditionCategory[]]
