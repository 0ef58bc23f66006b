/** The kinds of strength, achievement and giving back, and their names in plain words. */
export const STRENGTH_CATEGORIES = [
  'skill',
  'interest',
  'value',
  'relationship',
  'faith',
  'hope',
  'protective',
] as const
export type StrengthCategory = (typeof STRENGTH_CATEGORIES)[number]

export const STRENGTH_CATEGORY_NAMES: Record<StrengthCategory, string> = {
  skill: 'Skill',
  interest: 'Interest',
  value: 'What matters to me',
  relationship: 'Someone who helps me',
  faith: 'Faith or belief',
  hope: 'Hope for the future',
  protective: 'Something that keeps me safe',
}

export const WRITTEN_BY = ['person', 'practitioner'] as const
export type WrittenBy = (typeof WRITTEN_BY)[number]

export const ACHIEVEMENT_KINDS = [
  'qualification',
  'job-started',
  'job-kept',
  'tenancy-kept',
  'treatment-completed',
  'volunteering',
  'mentoring',
  'restorative-justice',
  'milestone',
] as const
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number]

export const ACHIEVEMENT_KIND_NAMES: Record<AchievementKind, string> = {
  qualification: 'Qualification or course',
  'job-started': 'Started a job',
  'job-kept': 'Kept a job',
  'tenancy-kept': 'Kept a home',
  'treatment-completed': 'Finished treatment',
  volunteering: 'Volunteering',
  mentoring: 'Mentoring',
  'restorative-justice': 'Restorative justice',
  milestone: 'A milestone I chose',
}

export const GIVING_BACK_KINDS = ['volunteering', 'peer-mentoring', 'mutual-aid'] as const
export type GivingBackKind = (typeof GIVING_BACK_KINDS)[number]

export const GIVING_BACK_KIND_NAMES: Record<GivingBackKind, string> = {
  volunteering: 'Volunteering',
  'peer-mentoring': 'Peer mentoring',
  'mutual-aid': 'Mutual aid',
}
