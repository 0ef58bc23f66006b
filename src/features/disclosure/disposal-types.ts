/**
 * The disposals of the disclosure contract (issue 7) and the facts about each that the schema and the rules
 * share. Source: `shared/rules/disclosure.md` sections 2, 3 and 9.
 */

export const DISPOSAL_TYPES = [
  'custodial_sentence',
  'suspended_sentence',
  'detention_and_training_order',
  'community_order',
  'youth_rehabilitation_order',
  'referral_order',
  'fine',
  'compensation_order',
  'absolute_discharge',
  'conditional_discharge',
  'bind_over',
  'hospital_order',
  'motoring_endorsement',
  'motoring_disqualification',
  'simple_caution',
  'conditional_caution',
  'youth_caution',
  'youth_conditional_caution',
] as const
export type DisposalType = (typeof DISPOSAL_TYPES)[number]

export const LENGTH_UNITS = ['days', 'weeks', 'months', 'years'] as const
export type LengthUnit = (typeof LENGTH_UNITS)[number]

export const RECORD_KINDS = ['conviction', 'caution'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/**
 * How a disposal's period is measured, which decides the fields it may carry:
 * - `custodial`: a length is required, and the band of that length sets the buffer after it ends;
 * - `order`: ends with the order, given as a length, an end date, no end date, or until further order;
 * - `fixed`: a period from the conviction date, nothing to give;
 * - `compensation`: the date it was paid in full, if it was;
 * - `caution`: spent when given;
 * - `conditional-caution`: the date the conditions ended, if known.
 */
export type Measure = 'custodial' | 'order' | 'fixed' | 'compensation' | 'caution' | 'conditional-caution'

/** Section 2: who can receive it. The checker offers each type only to the ages that can be given it. */
export type Ages = 'adult' | 'youth' | 'both'

export type DisposalInfo = {
  /** Lower case, for use inside a sentence. */
  label: string
  kind: RecordKind
  ages: Ages
  measure: Measure
  /** Section 3, "Participates": whether the disposal links its conviction to others in drag-through. */
  participates: boolean
  /** Section 9: a custodial conviction is never filtered from standard and enhanced checks. */
  custodialForDbs: boolean
  /** The checker refuses longer terms (`UPPER_LIMIT_MONTHS`). */
  maxMonths?: number
}

const conviction = { kind: 'conviction', participates: true, custodialForDbs: false } as const
const caution = { kind: 'caution', participates: false, custodialForDbs: false } as const

export const DISPOSALS: Record<DisposalType, DisposalInfo> = {
  custodial_sentence: {
    ...conviction,
    label: 'custodial sentence',
    ages: 'both',
    measure: 'custodial',
    custodialForDbs: true,
  },
  suspended_sentence: {
    ...conviction,
    label: 'suspended sentence',
    ages: 'adult',
    measure: 'custodial',
    custodialForDbs: true,
    maxMonths: 24,
  },
  detention_and_training_order: {
    ...conviction,
    label: 'detention and training order',
    ages: 'youth',
    measure: 'custodial',
    custodialForDbs: true,
    maxMonths: 24,
  },
  community_order: { ...conviction, label: 'community order', ages: 'adult', measure: 'order' },
  youth_rehabilitation_order: { ...conviction, label: 'youth rehabilitation order', ages: 'youth', measure: 'order' },
  referral_order: { ...conviction, label: 'referral order', ages: 'youth', measure: 'order' },
  fine: { ...conviction, label: 'fine', ages: 'both', measure: 'fixed' },
  compensation_order: { ...conviction, label: 'compensation order', ages: 'both', measure: 'compensation' },
  absolute_discharge: { ...conviction, label: 'absolute discharge', ages: 'both', measure: 'fixed' },
  conditional_discharge: { ...conviction, label: 'conditional discharge', ages: 'both', measure: 'order' },
  bind_over: { ...conviction, label: 'bind over', ages: 'both', measure: 'order' },
  // The checker files hospital orders under custodial sentences, so its DBS answer treats them as custodial.
  hospital_order: { ...conviction, label: 'hospital order', ages: 'both', measure: 'order', custodialForDbs: true },
  motoring_endorsement: { ...conviction, label: 'motoring endorsement', ages: 'both', measure: 'fixed' },
  // A driving ban is an "order tail" (ROA s.6(5)): it never extends or is extended by another conviction.
  motoring_disqualification: {
    ...conviction,
    label: 'driving ban',
    ages: 'both',
    measure: 'order',
    participates: false,
  },
  simple_caution: { ...caution, label: 'simple caution', ages: 'adult', measure: 'caution' },
  conditional_caution: { ...caution, label: 'conditional caution', ages: 'adult', measure: 'conditional-caution' },
  youth_caution: { ...caution, label: 'youth caution', ages: 'youth', measure: 'caution' },
  youth_conditional_caution: {
    ...caution,
    label: 'youth conditional caution',
    ages: 'youth',
    measure: 'conditional-caution',
  },
}

/** "a fine", "an absolute discharge". */
export function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
