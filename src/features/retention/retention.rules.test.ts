import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  caseRecordReview,
  isDue,
  limitedAccessReview,
  personAccountReview,
  supervisionEnds,
  type CaseFacts,
  type EpisodeFacts,
} from './retention.rules.ts'

const episode = (over: Partial<EpisodeFacts> = {}): EpisodeFacts => ({
  sentenceType: 'determinate',
  licenceExpiryDate: null,
  sentenceExpiryDate: null,
  topUpSupervisionEndDate: null,
  ...over,
})
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  dateOfBirth: '1990-05-01',
  episodes: [],
  highestMappa: 'none',
  lastChanged: '2020-03-15',
  ...over,
})

describe('when supervision ends', () => {
  it('is the latest licence, sentence or top-up supervision end of any episode', () => {
    assert.equal(
      supervisionEnds([
        episode({ licenceExpiryDate: '2027-01-10', sentenceExpiryDate: '2029-01-10' }),
        episode({ topUpSupervisionEndDate: '2029-06-30' }),
        episode({ sentenceExpiryDate: '2018-02-01' }),
      ]),
      '2029-06-30',
    )
  })

  it('is not known for an indeterminate sentence, nor where no episode has an end date', () => {
    assert.equal(supervisionEnds([episode({ sentenceType: 'indeterminate', licenceExpiryDate: '2030-01-01' })]), null)
    assert.equal(supervisionEnds([episode()]), null)
    assert.equal(supervisionEnds([]), null)
  })
})

describe('when a case record is due for review', () => {
  it('is 7 years after supervision ends', () => {
    assert.deepEqual(caseRecordReview(facts({ episodes: [episode({ sentenceExpiryDate: '2019-01-10' })] })), {
      type: 'case-record',
      reviewOn: '2026-01-10',
      basis: 'supervision-ended',
    })
  })

  it('counts from the latest end across every episode, a recall included', () => {
    const review = caseRecordReview(
      facts({
        episodes: [
          episode({ sentenceExpiryDate: '2015-04-01' }),
          episode({ sentenceType: 'recall', licenceExpiryDate: '2021-08-31' }),
        ],
      }),
    )
    assert.equal(review.reviewOn, '2028-08-31')
  })

  it('is the 100th birthday for an indeterminate sentence, whatever other episodes say', () => {
    const review = caseRecordReview(
      facts({
        episodes: [episode({ sentenceExpiryDate: '2010-01-01' }), episode({ sentenceType: 'indeterminate' })],
      }),
    )
    assert.deepEqual(review, { type: 'case-record', reviewOn: '2090-05-01', basis: 'indeterminate-sentence' })
  })

  it('is the 100th birthday where MAPPA level 2 or 3 was ever recorded, but not level 1', () => {
    const ended = [episode({ sentenceExpiryDate: '2019-01-10' })]
    for (const level of ['2', '3'] as const) {
      assert.equal(caseRecordReview(facts({ episodes: ended, highestMappa: level })).basis, 'mappa-level-2-or-3')
    }
    assert.equal(caseRecordReview(facts({ episodes: ended, highestMappa: '1' })).basis, 'supervision-ended')
  })

  it('is 7 years after the record last changed where no supervision end date is recorded', () => {
    for (const episodes of [[], [episode()]]) {
      assert.deepEqual(caseRecordReview(facts({ episodes })), {
        type: 'case-record',
        reviewOn: '2027-03-15',
        basis: 'no-supervision-end-date',
      })
    }
  })

  it('falls on 28 February for a period that starts on 29 February, and on 29 February from a leap day to one', () => {
    assert.equal(
      caseRecordReview(facts({ episodes: [episode({ sentenceExpiryDate: '2020-02-29' })] })).reviewOn,
      '2027-02-28',
    )
    assert.equal(caseRecordReview(facts({ dateOfBirth: '1996-02-29', highestMappa: '3' })).reviewOn, '2096-02-29')
    assert.equal(caseRecordReview(facts({ dateOfBirth: '1992-02-29', highestMappa: '3' })).reviewOn, '2092-02-29')
    assert.equal(caseRecordReview(facts({ dateOfBirth: '1999-02-28', highestMappa: '3' })).reviewOn, '2099-02-28')
  })
})

describe('when a person’s own sign-in account is due for review', () => {
  it('is the day after supervision ends', () => {
    assert.deepEqual(personAccountReview([episode({ licenceExpiryDate: '2026-12-31' })]), {
      type: 'person-account',
      reviewOn: '2027-01-01',
      basis: 'supervision-ended',
    })
  })

  it('has no date while supervision may last', () => {
    assert.equal(personAccountReview([episode({ sentenceType: 'indeterminate' })]), null)
    assert.equal(personAccountReview([]), null)
  })
})

describe('when a limited-access entry is due for review', () => {
  it('is 7 years after it ended; an open entry has no date', () => {
    assert.equal(limitedAccessReview('2019-06-30')?.reviewOn, '2026-06-30')
    assert.equal(limitedAccessReview(null), null)
  })
})

describe('whether a review is due', () => {
  it('is due on its day and after, not the day before, and never without a date', () => {
    const review = limitedAccessReview('2019-06-30')
    assert.equal(isDue(review, '2026-06-29'), false)
    assert.equal(isDue(review, '2026-06-30'), true)
    assert.equal(isDue(review, '2031-01-01'), true)
    assert.equal(isDue(null, '2031-01-01'), false)
  })

  it('agrees with the rule for every day around the boundary over a leap-year cycle', () => {
    // Exhaustive over four years of end dates: due exactly from 7 calendar years later.
    for (let day = 0; day < 4 * 366; day += 1) {
      const end = new Date(Date.UTC(2016, 0, 1 + day)).toISOString().slice(0, 10)
      const review = caseRecordReview(facts({ episodes: [episode({ sentenceExpiryDate: end })] }))
      const [y, m, d] = end.split('-').map(Number) as [number, number, number]
      const expected = m === 2 && d === 29 ? `${y + 7}-02-28` : `${y + 7}${end.slice(4)}`
      assert.equal(review.reviewOn, expected, end)
      const before = new Date(Date.parse(`${expected}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
      assert.equal(isDue(review, before), false, `${end}: not due the day before`)
      assert.equal(isDue(review, expected), true, `${end}: due on the day`)
    }
  })
})
