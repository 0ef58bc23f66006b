/**
 * The words of the public checker, for a reading age of 9: short sentences, everyday words, "you". Pure.
 */
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import { youthOf, type Draft, type DraftDisposal, type ListedAnswer } from './checker-draft.ts'
import { describeLength } from './disclosure-dates.ts'
import { DISPOSAL_TYPES, DISPOSALS, type DisposalType, type RecordKind } from './disposal-types.ts'

/** What each choice is called on the checker's pages, and a few words on what it is. */
export const TYPE_WORDS: Record<DisposalType, { text: string; hint: string }> = {
  custodial_sentence: {
    text: 'Prison or youth detention',
    hint: 'Time in prison or a young offender institution. This includes time on licence.',
  },
  suspended_sentence: {
    text: 'Suspended prison sentence',
    hint: 'A prison sentence you did not have to serve, as long as you kept to its rules.',
  },
  detention_and_training_order: {
    text: 'Detention and training order (DTO)',
    hint: 'Custody and then supervision, for under 18s.',
  },
  community_order: { text: 'Community order', hint: 'For example, unpaid work, a curfew or treatment.' },
  youth_rehabilitation_order: {
    text: 'Youth rehabilitation order (YRO)',
    hint: 'Rules and support in the community, for under 18s.',
  },
  referral_order: { text: 'Referral order', hint: 'You agreed a plan with a youth offender panel.' },
  fine: { text: 'Fine', hint: 'Money you had to pay to the court.' },
  compensation_order: { text: 'Compensation order', hint: 'Money you had to pay to the victim.' },
  absolute_discharge: { text: 'Absolute discharge', hint: 'The court found you guilty but gave you no punishment.' },
  conditional_discharge: {
    text: 'Conditional discharge',
    hint: 'No punishment, as long as you did not break the law again for a set time.',
  },
  bind_over: { text: 'Bind over', hint: 'You promised the court to keep the peace for a set time.' },
  hospital_order: { text: 'Hospital order', hint: 'The court sent you to hospital for treatment.' },
  motoring_endorsement: { text: 'Points on your driving licence', hint: 'Also called an endorsement.' },
  motoring_disqualification: { text: 'Driving ban', hint: 'You were not allowed to drive for a time.' },
  simple_caution: { text: 'Simple caution', hint: 'A formal warning from the police.' },
  conditional_caution: { text: 'Conditional caution', hint: 'A caution with rules you had to follow.' },
  youth_caution: { text: 'Youth caution', hint: 'A formal warning from the police when you were under 18.' },
  youth_conditional_caution: {
    text: 'Youth conditional caution',
    hint: 'A caution with rules you had to follow, when you were under 18.',
  },
}

/** The types a record can have at the person's age on its date (rules file section 2), in the contract's order. */
export function allowedTypes(draft: Draft, record: number): DisposalType[] {
  const kind = draft.records[record]?.kind
  const youth = youthOf(draft, record)
  return DISPOSAL_TYPES.filter(type => {
    const info = DISPOSALS[type]
    return info.kind === kind && (info.ages === 'both' || (info.ages === 'youth') === youth)
  })
}

/** "Conviction 1", "Caution 2": records are told apart by their place, never by their details, in page titles. */
export const recordName = (kind: RecordKind | undefined, index: number) =>
  `${kind === 'caution' ? 'Caution' : kind === 'conviction' ? 'Conviction' : 'Caution or conviction'} ${index + 1}`

/** How long a disposal lasted, in words that fit inside a sentence; null when its type says it all. */
export function periodPhrase(disposal: DraftDisposal): string | null {
  if (disposal.length) return describeLength(disposal.length)
  if (disposal.endDate) return `ended on ${formatLongDate(disposal.endDate)}`
  if (disposal.noEndDate) return 'no end date was given'
  if (disposal.untilFurtherOrder) return 'until a court changes or ends it'
  if (disposal.compensationPaidDate) return `paid in full on ${formatLongDate(disposal.compensationPaidDate)}`
  if (disposal.conditionsMetDate) return `the rules ended on ${formatLongDate(disposal.conditionsMetDate)}`
  const measure = DISPOSALS[disposal.type].measure
  if (measure === 'compensation') return 'not paid in full yet'
  if (measure === 'conditional-caution') return 'not known when the rules ended'
  return null
}

/** "Fine", "Community order: 12 months". */
export function describeDisposal(disposal: DraftDisposal): string {
  const phrase = periodPhrase(disposal)
  return phrase ? `${TYPE_WORDS[disposal.type].text}: ${phrase}` : TYPE_WORDS[disposal.type].text
}

export const LISTED_WORDS: Record<ListedAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'I do not know',
}
