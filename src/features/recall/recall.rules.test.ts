import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays, addMonths } from '../../platform/dates/calendar-date.ts'
import {
  breachRecordProblems,
  countersignProblem,
  decisionProblem,
  DECISIONS,
  fixedTermSuitability,
  recallExplanation,
  type SentenceFacts,
} from './recall.rules.ts'

const sentence = (overrides: Partial<SentenceFacts> = {}): SentenceFacts => ({
  sentenceType: 'determinate',
  extended: false,
  sentenceStartDate: '2025-01-10',
  sentenceExpiryDate: '2026-07-10',
  ...overrides,
})

const isoDates = fc.integer({ min: 0, max: 15_000 }).map(days => addDays('2000-01-01', days))

describe('fixed-term recall suitability', () => {
  it('gives 28 days for a sentence of 12 months or more', () => {
    assert.deepEqual(
      { ...fixedTermSuitability(sentence()), reason: undefined },
      { suitable: true, days: 28, reason: undefined },
    )
    assert.equal(fixedTermSuitability(sentence({ sentenceExpiryDate: '2026-01-10' })).days, 28)
  })

  it('gives 14 days for a sentence under 12 months, to the day', () => {
    assert.equal(fixedTermSuitability(sentence({ sentenceExpiryDate: '2026-01-09' })).days, 14)
    assert.equal(fixedTermSuitability(sentence({ sentenceExpiryDate: '2025-04-10' })).days, 14)
  })

  it('counts 12 calendar months clamped to the end of a shorter month', () => {
    const leap = sentence({ sentenceStartDate: '2024-02-29', sentenceExpiryDate: '2025-02-27' })
    assert.equal(fixedTermSuitability(leap).days, 14)
    assert.equal(fixedTermSuitability({ ...leap, sentenceExpiryDate: '2025-02-28' }).days, 28)
  })

  it('allows a standard recall only for indeterminate and extended sentences, saying why', () => {
    const indeterminate = fixedTermSuitability(sentence({ sentenceType: 'indeterminate' }))
    assert.equal(indeterminate.suitable, false)
    assert.match(indeterminate.reason, /indeterminate sentence allows a standard recall only/)
    const extended = fixedTermSuitability(sentence({ extended: true }))
    assert.equal(extended.suitable, false)
    assert.match(extended.reason, /extended sentence allows a standard recall only/)
  })

  it('is not open when the sentence or its length is not known', () => {
    assert.match(fixedTermSuitability(sentence({ sentenceType: null })).reason, /No sentence is recorded/)
    assert.match(fixedTermSuitability(sentence({ sentenceExpiryDate: null })).reason, /expiry date is not recorded/)
    assert.match(fixedTermSuitability(sentence({ sentenceStartDate: null })).reason, /expiry date is not recorded/)
  })

  it('applies to recall and immigration episodes as to any determinate sentence', () => {
    assert.equal(fixedTermSuitability(sentence({ sentenceType: 'recall' })).days, 28)
    assert.equal(fixedTermSuitability(sentence({ sentenceType: 'immigration' })).days, 28)
  })

  it('gives 14 days exactly when the expiry is before start + 12 months, for any dates', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 0, max: 2000 }), (start, length) => {
        const expiry = addDays(start, length)
        const result = fixedTermSuitability(sentence({ sentenceStartDate: start, sentenceExpiryDate: expiry }))
        assert.equal(result.days, expiry < addMonths(start, 12) ? 14 : 28)
      }),
    )
  })

  it('is never open for an indeterminate or extended sentence, whatever the dates', () => {
    fc.assert(
      fc.property(isoDates, isoDates, fc.boolean(), (start, expiry, indeterminate) => {
        const facts = indeterminate
          ? sentence({ sentenceType: 'indeterminate', sentenceStartDate: start, sentenceExpiryDate: expiry })
          : sentence({ extended: true, sentenceStartDate: start, sentenceExpiryDate: expiry })
        assert.equal(fixedTermSuitability(facts).suitable, false)
      }),
    )
  })
})

describe('a decision', () => {
  it('refuses a fixed-term recall where it is not open, with the reason, and allows the others', () => {
    const closed = fixedTermSuitability(sentence({ sentenceType: 'indeterminate' }))
    assert.match(decisionProblem('fixed-term', closed)!, /A fixed-term recall is not open\. An indeterminate/)
    assert.equal(decisionProblem('standard', closed), null)
    assert.equal(decisionProblem('no-recall', closed), null)
    for (const decision of DECISIONS) assert.equal(decisionProblem(decision, fixedTermSuitability(sentence())), null)
  })

  it('is never countersigned by the author of the recommendation', () => {
    assert.match(countersignProblem('u1', 'u1')!, /another senior probation officer must countersign/)
    assert.equal(countersignProblem('u1', 'u2'), null)
  })
})

describe('a breach record', () => {
  it('needs the person’s account or why it could not be taken, and the alternatives considered', () => {
    assert.deepEqual(
      breachRecordProblems({ alternatives: [] }).map(p => p.field),
      ['personAccount', 'alternatives'],
    )
    assert.deepEqual(breachRecordProblems({ personAccount: 'I missed the bus', alternatives: ['warning'] }), [])
    assert.deepEqual(breachRecordProblems({ accountNotTakenReason: 'In hospital', alternatives: ['warning'] }), [])
    assert.deepEqual(
      breachRecordProblems({ personAccount: 'x', accountNotTakenReason: 'y', alternatives: ['warning'] }).map(
        p => p.field,
      ),
      ['accountNotTakenReason'],
    )
  })
})

describe('the explanation to the person', () => {
  it('says plainly whether they are recalled, why, and for how long', () => {
    const open = fixedTermSuitability(sentence())
    assert.deepEqual(recallExplanation('no-recall', open, 'You came in the next day.'), [
      'You are not being recalled to prison.',
      'Why: You came in the next day.',
    ])
    assert.match(recallExplanation('fixed-term', open, 'r').join(' '), /released again after 28 days/)
    assert.match(recallExplanation('standard', open, 'r').join(' '), /standard recall/)
    assert.match(recallExplanation('standard', open, 'Threats to a partner').join(' '), /Why: Threats to a partner/)
  })
})
