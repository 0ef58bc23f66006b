import { addDays, addMonths, daysBetween, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { SentenceType } from '../key-dates/index.ts'
import type { Random } from '../../platform/sample-data/random.ts'

export const STAGES = [
  'just-sentenced',
  'mid-sentence',
  'due-out',
  'released-this-month',
  'on-licence',
  'licence-ended',
] as const
export type Stage = (typeof STAGES)[number]

export interface DemoSentence {
  sentenceType: SentenceType
  parole: boolean
  earlyAllocation: boolean
  arrivalDate: IsoDate
  sentenceStartDate: IsoDate
  conditionalReleaseDate: IsoDate | null
  automaticReleaseDate: IsoDate | null
  paroleEligibilityDate: IsoDate | null
  homeDetentionCurfewEligibilityDate: IsoDate | null
  tariffExpiryDate: IsoDate | null
  licenceExpiryDate: IsoDate | null
  sentenceExpiryDate: IsoDate | null
  releaseDate: IsoDate | null
}

/** When, relative to today, the conditional release falls for each stage (in days). */
function releaseOffset(stage: Stage, random: Random): number {
  switch (stage) {
    case 'just-sentenced':
      return random.int(200, 1100)
    case 'mid-sentence':
      return random.int(90, 700)
    case 'due-out':
      return random.int(3, 84)
    case 'released-this-month':
      return -random.int(0, 27)
    case 'on-licence':
      return -random.int(35, 500)
    case 'licence-ended':
      return -random.int(800, 1500)
  }
}

/** A believable determinate sentence for a stage: served half in custody, half on licence. */
export function demoSentence(stage: Stage, today: IsoDate, random: Random): DemoSentence {
  const crd = addDays(today, releaseOffset(stage, random))
  const drawn = stage === 'just-sentenced' ? random.int(24, 72) : random.int(8, 60)
  // Half is served in custody: long enough that someone still to be released began their sentence before today.
  const lengthMonths =
    stage === 'just-sentenced' ? drawn : Math.max(drawn, 2 * Math.ceil(daysBetween(today, crd) / 28) + 2)
  const start =
    stage === 'just-sentenced' ? addDays(today, -random.int(0, 20)) : addMonths(crd, -Math.ceil(lengthMonths / 2))
  const expiry = addMonths(start, lengthMonths)
  const type: SentenceType = random.chance(0.05) ? 'recall' : random.chance(0.03) ? 'immigration' : 'determinate'
  const released = crd <= today
  return {
    sentenceType: type,
    parole: lengthMonths >= 48 && random.chance(0.3),
    earlyAllocation: random.chance(0.08),
    arrivalDate: addDays(start, -random.int(0, 3)),
    sentenceStartDate: start,
    conditionalReleaseDate: crd,
    automaticReleaseDate: null,
    paroleEligibilityDate: null,
    homeDetentionCurfewEligibilityDate:
      lengthMonths >= 6 && random.chance(0.4) ? addDays(crd, -random.int(28, 180)) : null,
    tariffExpiryDate: null,
    licenceExpiryDate: expiry,
    sentenceExpiryDate: expiry,
    releaseDate: released ? crd : null,
  }
}

/** A few indeterminate sentences, which have a tariff and a parole eligibility date but no fixed release. */
export function demoIndeterminate(today: IsoDate, random: Random): DemoSentence {
  const start = addDays(today, -random.int(2000, 5000))
  const tariff = addDays(today, random.int(60, 900))
  return {
    sentenceType: 'indeterminate',
    parole: true,
    earlyAllocation: random.chance(0.3),
    arrivalDate: start,
    sentenceStartDate: start,
    conditionalReleaseDate: null,
    automaticReleaseDate: null,
    paroleEligibilityDate: tariff,
    homeDetentionCurfewEligibilityDate: null,
    tariffExpiryDate: tariff,
    licenceExpiryDate: null,
    sentenceExpiryDate: null,
    releaseDate: null,
  }
}

/** A demo sentence as the columns of its custody episode, for the demo data and the scale generator alike. */
export function episodeColumns(personId: string, prisonId: string, s: DemoSentence) {
  return {
    person_id: personId,
    prison_id: prisonId,
    sentence_type: s.sentenceType,
    parole: s.parole,
    early_allocation: s.earlyAllocation,
    arrival_date: s.arrivalDate,
    sentence_start_date: s.sentenceStartDate,
    conditional_release_date: s.conditionalReleaseDate,
    automatic_release_date: s.automaticReleaseDate,
    parole_eligibility_date: s.paroleEligibilityDate,
    home_detention_curfew_eligibility_date: s.homeDetentionCurfewEligibilityDate,
    tariff_expiry_date: s.tariffExpiryDate,
    licence_expiry_date: s.licenceExpiryDate,
    sentence_expiry_date: s.sentenceExpiryDate,
    release_date: s.releaseDate,
  }
}
