/** Invariants of the key-date rules over many generated custody episodes (fast-check). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays, addMonths, daysBetween, isIsoDate } from '../../platform/dates/calendar-date.ts'
import { explainKeyDates, type ResponsibilityRule } from './key-dates.rules.ts'
import { keyDatesSchema, SENTENCE_TYPES, type KeyDatesInput, type KeyDatesRequest } from './key-dates.schemas.ts'

const DATES = ['conditionalReleaseDate', 'automaticReleaseDate', 'paroleEligibilityDate', 'tariffExpiryDate'] as const

/** A day up to `max` days after `date` (often within about a year, to reach the short-sentence boundary), or nothing. */
const maybeAfter = (date: string, max: number) =>
  fc.option(
    fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max })).map(days => addDays(date, days)),
    { nil: undefined },
  )

const RUNS = { numRuns: 1000 }

const starts = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map(d => d.toISOString().slice(0, 10))

/** Valid episodes: release dates after the start (up to about 25 years), and a licence after every release. */
const episodes: fc.Arbitrary<KeyDatesInput> = starts
  .chain(start =>
    fc.record({
      sentenceType: fc.constantFrom(...SENTENCE_TYPES),
      parole: fc.boolean(),
      earlyAllocation: fc.boolean(),
      arrivalDate: fc.integer({ min: -400, max: 400 }).map(days => addDays(start, days)),
      sentenceStartDate: fc.constant(start),
      conditionalReleaseDate: maybeAfter(start, 9000),
      automaticReleaseDate: maybeAfter(start, 9000),
      paroleEligibilityDate: maybeAfter(start, 9000),
      tariffExpiryDate: maybeAfter(start, 9000),
      licenceExpiryDate: maybeAfter(addDays(start, 9000), 3000),
    }),
  )
  .map((request: KeyDatesRequest) => keyDatesSchema.safeParse(request))
  .filter(result => result.success)
  .map(result => result.data as KeyDatesInput)

/** Rule 3 worked out with JavaScript's UTC calendar, independently of the module: months, clamped, then days. */
function monthsThenDaysBefore(date: string, months: number, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1 - months + 1, 0) // last day of the target month
  d.setUTCDate(Math.min(day, d.getUTCDate()) - days)
  return d.toISOString().slice(0, 10)
}

const OFFSETS: Partial<Record<ResponsibilityRule, { months: number; days: number }>> = {
  'early-allocation': { months: 15, days: 0 },
  'indeterminate-or-parole': { months: 12, days: 0 },
  standard: { months: 8, days: 14 },
}

describe('key-date invariants (property)', () => {
  it('never sets a handover after the earliest release date it prepares for, nor on or before the start', () => {
    fc.assert(
      fc.property(episodes, input => {
        const { handoverDate, earliestReleaseDate, comResponsibleFromStart } = explainKeyDates(input).keyDates
        assert.equal(comResponsibleFromStart, handoverDate === null)
        if (handoverDate === null) return
        assert.ok(earliestReleaseDate !== null && handoverDate < earliestReleaseDate)
        assert.ok(handoverDate > input.sentenceStartDate)
      }),
      RUNS,
    )
  })

  it('sets the handover by the rule that decided, months first then days', () => {
    fc.assert(
      fc.property(episodes, input => {
        const { keyDates, rule } = explainKeyDates(input)
        const offset = OFFSETS[rule]
        if (!offset || !keyDates.handoverDate || !keyDates.earliestReleaseDate) return
        assert.equal(
          keyDates.handoverDate,
          monthsThenDaysBefore(keyDates.earliestReleaseDate, offset.months, offset.days),
        )
      }),
      RUNS,
    )
  })

  it('makes a COM allocation overdue exactly 2 days after its anchor', () => {
    fc.assert(
      fc.property(episodes, input => {
        const { handoverDate, comAllocationOverdueFrom } = explainKeyDates(input).keyDates
        const later = input.arrivalDate > input.sentenceStartDate ? input.arrivalDate : input.sentenceStartDate
        assert.equal(daysBetween(handoverDate ?? later, comAllocationOverdueFrom), 2)
      }),
      RUNS,
    )
  })

  it('makes screening due 3 days after arrival and the review 84 days before the earliest release', () => {
    fc.assert(
      fc.property(episodes, input => {
        const { screeningDueDate, preReleaseReviewDueDate, earliestReleaseDate } = explainKeyDates(input).keyDates
        assert.equal(daysBetween(input.arrivalDate, screeningDueDate), 3)
        assert.equal(preReleaseReviewDueDate === null, earliestReleaseDate === null)
        if (preReleaseReviewDueDate && earliestReleaseDate)
          assert.equal(daysBetween(preReleaseReviewDueDate, earliestReleaseDate), 84)
      }),
      RUNS,
    )
  })

  it('has an earliest release date on or after the start, and none only for recall or immigration', () => {
    fc.assert(
      fc.property(episodes, input => {
        const { earliestReleaseDate } = explainKeyDates(input).keyDates
        if (earliestReleaseDate === null) assert.ok(['recall', 'immigration'].includes(input.sentenceType))
        else assert.ok(earliestReleaseDate >= input.sentenceStartDate)
      }),
      RUNS,
    )
  })

  it('puts the COM in charge from the start of every recall and immigration case', () => {
    fc.assert(
      fc.property(episodes, input => {
        const { keyDates, rule } = explainKeyDates(input)
        const recallOrImmigration = input.sentenceType === 'recall' || input.sentenceType === 'immigration'
        assert.equal(rule === 'recall-or-immigration', recallOrImmigration)
        if (recallOrImmigration) assert.equal(keyDates.handoverDate, null)
      }),
      RUNS,
    )
  })

  it('puts the COM in charge from the start of a plain determinate sentence exactly when release is within 10 months', () => {
    const plain = episodes.filter(i => i.sentenceType === 'determinate' && !i.parole && !i.earlyAllocation)
    fc.assert(
      fc.property(plain, input => {
        const { earliestReleaseDate, comResponsibleFromStart } = explainKeyDates(input).keyDates
        assert.ok(earliestReleaseDate)
        assert.equal(comResponsibleFromStart, earliestReleaseDate <= addMonths(input.sentenceStartDate, 10))
      }),
      RUNS,
    )
  })

  it('never moves the handover earlier when the earliest release date moves later, under the same rule', () => {
    fc.assert(
      fc.property(episodes, fc.integer({ min: 1, max: 1000 }), (input, days) => {
        const later: KeyDatesInput = { ...input }
        for (const field of DATES) later[field] = input[field] && addDays(input[field], days)
        const before = explainKeyDates(input)
        const after = explainKeyDates(later)
        if (before.keyDates.earliestReleaseDate === null) return
        assert.ok((after.keyDates.earliestReleaseDate ?? '') > before.keyDates.earliestReleaseDate)
        if (before.rule !== after.rule || !before.keyDates.handoverDate) return
        assert.ok(after.keyDates.handoverDate !== null)
        assert.ok(after.keyDates.handoverDate >= before.keyDates.handoverDate)
      }),
      RUNS,
    )
  })

  it('only ever returns real dates, with no time of day', () => {
    fc.assert(
      fc.property(episodes, input => {
        const keyDates = explainKeyDates(input).keyDates
        for (const [field, value] of Object.entries(keyDates)) {
          if (field === 'comResponsibleFromStart') assert.equal(typeof value, 'boolean')
          else assert.ok(value === null || isIsoDate(value), `${field}: ${value}`)
        }
      }),
      RUNS,
    )
  })
})
