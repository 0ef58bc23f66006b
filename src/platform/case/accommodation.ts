/** The accommodation categories of HMPPS's "housed on release" measure (DOMAIN.md). */
export const ACCOMMODATION_CATEGORIES = [
  'settled',
  'bail-probation',
  'other-unsettled',
  'rough-sleeping',
  'other-homeless',
  'unknown',
] as const
export type AccommodationCategory = (typeof ACCOMMODATION_CATEGORIES)[number]

/** Somewhere to stay with an address: the categories that count as housed on release. */
export const HOUSED_CATEGORIES: readonly AccommodationCategory[] = ['settled', 'bail-probation', 'other-unsettled']

/** How each category is shown to practitioners. */
export const ACCOMMODATION_LABELS: Record<AccommodationCategory, string> = {
  settled: 'Settled accommodation',
  'bail-probation': 'Bail or probation accommodation (approved premises or CAS)',
  'other-unsettled': 'Other unsettled accommodation (for example, staying with friends)',
  'rough-sleeping': 'Rough sleeping',
  'other-homeless': 'Other homeless (for example, a night shelter or emergency hostel)',
  unknown: 'Not known',
}
