import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays, toDayNumber, fromDayNumber } from '../../platform/dates/calendar-date.ts'
import { needsPrompt, promptWindow, spentStatement } from './certificate.rules.ts'

const TODAY = '2026-11-23'

describe('the caseload’s prompt for a certificate', () => {
  it('prompts from today to 8 weeks ahead, and not a day outside', () => {
    assert.deepEqual(promptWindow(TODAY), { from: TODAY, to: '2027-01-18' })
    assert.equal(needsPrompt(TODAY, TODAY, false), true)
    assert.equal(needsPrompt('2027-01-18', TODAY, false), true)
    assert.equal(needsPrompt('2027-01-19', TODAY, false), false)
    assert.equal(needsPrompt('2026-11-22', TODAY, false), false, 'a licence that has ended')
  })

  it('never prompts for a person with a certificate in progress or no licence end date', () => {
    assert.equal(needsPrompt('2026-12-01', TODAY, true), false)
    assert.equal(needsPrompt(null, TODAY, false), false)
  })

  it('prompts exactly when the end date is within 56 days from today', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 20000, max: 30000 }), (offset, day) => {
        const today = fromDayNumber(day)
        const ends = addDays(today, offset)
        assert.equal(needsPrompt(ends, today, false), offset >= 0 && offset <= 56)
        assert.equal(toDayNumber(ends) - toDayNumber(today), offset)
      }),
    )
  })
})

describe('when the convictions become spent, on the certificate', () => {
  it('says so when none are recorded', () => {
    assert.equal(spentStatement([], TODAY), 'No cautions or convictions are recorded for this certificate.')
  })

  it('gives the date the last one becomes spent', () => {
    assert.equal(
      spentStatement(['2027-05-01', 'immediately', '2029-02-14'], TODAY),
      'All the convictions recorded will be spent on 14 February 2029.',
    )
  })

  it('says they are all spent when the last date has passed', () => {
    assert.equal(spentStatement(['2020-01-01', 'immediately'], TODAY), 'All the convictions recorded are spent.')
    assert.equal(spentStatement([TODAY], TODAY), 'All the convictions recorded are spent.', 'spent from its spent date')
  })

  it('never gives a date when one never becomes spent', () => {
    for (const never of ['never', 'indefinite']) {
      assert.match(spentStatement(['2027-05-01', never], TODAY), /never becomes spent/)
    }
  })

  it('says when the records could not be worked out', () => {
    assert.match(spentStatement(['2027-05-01', null], TODAY), /could not be worked out/)
  })
})
