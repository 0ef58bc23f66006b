/**
 * Standard and enhanced DBS checks (`shared/rules/disclosure.md` section 9). Expected dates worked out by hand:
 * an adult conviction is filtered once spent and 11 years after the conviction, a youth one after 5½ years
 * (66 calendar months), both only with no custodial sentence and no listed offence; an adult caution 6 years
 * after it was given unless listed; a youth caution always, once spent.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ADULT, caution, check, conviction, custodial, length, single, YOUTH } from './disclosure.test-support.ts'

const filtering = (...args: Parameters<typeof single>) => single(...args).filtering

describe('adult convictions', () => {
  it('filters a fine 11 years after the conviction', () => {
    const result = filtering(ADULT, conviction('2010-01-01', { type: 'fine' }))
    assert.equal(result.filteredFrom, '2021-01-01')
    assert.equal(result.rule, 'adult-conviction-11-years')
    assert.match(result.explanation, /11 years/)
  })

  it('still shows the day before, and not from that day', () => {
    const record = conviction('2010-01-01', { type: 'fine' })
    assert.equal(single(ADULT, record, '2020-12-31').asOf?.onStandardAndEnhancedCheck, true)
    assert.equal(single(ADULT, record, '2021-01-01').asOf?.onStandardAndEnhancedCheck, false)
    assert.equal(single(ADULT, record, '2020-12-31').asOf?.onBasicCheck, false)
  })

  it('filters an absolute discharge 11 years after the conviction', () => {
    assert.equal(filtering(ADULT, conviction('2010-01-01', { type: 'absolute_discharge' })).filteredFrom, '2021-01-01')
  })

  it('never filters a listed offence, whichever disposal carries the flag', () => {
    const result = filtering(
      ADULT,
      conviction('2010-01-01', { type: 'fine' }, { type: 'absolute_discharge', listedOffence: true }),
    )
    assert.equal(result.filteredFrom, 'never')
    assert.equal(result.rule, 'listed-offence')
    assert.equal(result.listedOffence, true)
  })

  it('never filters a conviction with a custodial sentence, even a short or suspended one', () => {
    for (const disposal of [
      custodial(1, 'days'),
      { type: 'suspended_sentence' as const, length: length(6, 'months') },
    ]) {
      const result = filtering(ADULT, conviction('2010-01-01', { type: 'fine' }, disposal))
      assert.deepEqual([result.filteredFrom, result.rule], ['never', 'custodial-sentence'])
    }
  })

  it('never filters a hospital order, which the checker counts as custodial', () => {
    const result = filtering(ADULT, conviction('2010-01-01', { type: 'hospital_order', noEndDate: true }))
    assert.equal(result.filteredFrom, 'never')
    assert.match(result.explanation, /A hospital order was given/)
  })

  it('waits for the spent date when it comes after 11 years, including one extended by drag-through', () => {
    // Fine 1 Jan 2010 extended by custodial 6 years from 1 Jun 2010: 1 Jun 2016 + 7 years = 1 Jun 2023.
    const result = check(ADULT, [
      conviction('2010-01-01', { type: 'fine' }),
      conviction('2010-06-01', custodial(6, 'years')),
    ])
    const [fine, prison] = result.records
    assert.equal(fine?.spent, '2023-06-01')
    assert.equal(fine?.filtering.filteredFrom, '2023-06-01')
    assert.equal(prison?.filtering.filteredFrom, 'never')
  })

  it('never filters a conviction made never spent by a later one', () => {
    const result = check(ADULT, [
      conviction('2020-01-01', { type: 'fine' }),
      conviction('2020-06-01', custodial(5, 'years', { seriousOffence: true })),
    ])
    assert.deepEqual(
      result.records.map(r => [r.filtering.filteredFrom, r.filtering.rule]),
      [
        ['never', 'never-spent'],
        ['never', 'custodial-sentence'],
      ],
    )
  })

  it('cannot give a date while an order lasts until further order or compensation is unpaid', () => {
    for (const disposal of [
      { type: 'community_order' as const, untilFurtherOrder: true },
      { type: 'compensation_order' as const },
    ]) {
      const result = filtering(ADULT, conviction('2010-01-01', disposal))
      assert.deepEqual([result.filteredFrom, result.rule], ['indefinite', 'not-known-yet'])
    }
    const today = single(ADULT, conviction('2010-01-01', { type: 'compensation_order' }), '2040-01-01').asOf
    assert.deepEqual(today, { date: '2040-01-01', spent: false, onBasicCheck: true, onStandardAndEnhancedCheck: true })
  })
})

describe('convictions under 18', () => {
  it('filters a fine 5½ years after the conviction', () => {
    const result = filtering(YOUTH, conviction('2020-01-01', { type: 'fine' }))
    assert.deepEqual([result.filteredFrom, result.rule], ['2025-07-01', 'youth-conviction-5-years-6-months'])
    assert.match(result.explanation, /5 and a half years/)
  })

  it('counts the 66 months with the month end clamped', () => {
    assert.equal(filtering(YOUTH, conviction('2019-08-31', { type: 'fine' })).filteredFrom, '2025-02-28')
  })

  it('waits for a spent date after 5½ years', () => {
    // Aged 15; a 7-year driving ban ends on 1 January 2017, after 1 July 2015.
    const result = filtering(
      '1995-01-01',
      conviction('2010-01-01', { type: 'motoring_disqualification', length: length(7, 'years') }),
    )
    assert.equal(result.filteredFrom, '2017-01-01')
  })

  it('never filters a detention and training order', () => {
    const result = filtering(
      YOUTH,
      conviction('2020-01-01', { type: 'detention_and_training_order', length: length(4, 'months') }),
    )
    assert.equal(result.filteredFrom, 'never')
  })
})

describe('cautions', () => {
  it('filters an adult caution 6 years after it was given', () => {
    assert.equal(filtering(ADULT, caution('2015-03-31', { type: 'simple_caution' })).filteredFrom, '2021-03-31')
    assert.equal(filtering(ADULT, caution('2015-01-01', { type: 'conditional_caution' })).filteredFrom, '2021-01-01')
    assert.equal(filtering(ADULT, caution('2016-02-29', { type: 'simple_caution' })).rule, 'adult-caution-6-years')
    assert.equal(filtering(ADULT, caution('2016-02-29', { type: 'simple_caution' })).filteredFrom, '2022-02-28')
  })

  it('never filters an adult caution for a listed offence', () => {
    const result = filtering(ADULT, caution('2015-03-31', { type: 'simple_caution', listedOffence: true }))
    assert.deepEqual([result.filteredFrom, result.rule], ['never', 'listed-offence'])
  })

  it('filters a youth caution at once, even for a listed offence', () => {
    for (const listedOffence of [false, true]) {
      const result = filtering(YOUTH, caution('2020-01-01', { type: 'youth_caution', listedOffence }))
      assert.deepEqual([result.filteredFrom, result.rule], ['immediately', 'youth-caution'])
    }
  })

  it('shows a youth conditional caution until it is spent, then filters it', () => {
    const record = caution('2020-01-01', { type: 'youth_conditional_caution' })
    assert.equal(filtering(YOUTH, record).filteredFrom, '2020-04-01')
    assert.deepEqual(single(YOUTH, record, '2020-03-31').asOf, {
      date: '2020-03-31',
      spent: false,
      onBasicCheck: true,
      onStandardAndEnhancedCheck: true,
    })
    assert.deepEqual(single(YOUTH, record, '2020-04-01').asOf, {
      date: '2020-04-01',
      spent: true,
      onBasicCheck: false,
      onStandardAndEnhancedCheck: false,
    })
  })

  it('never shows a simple caution on a basic check', () => {
    assert.equal(
      single(ADULT, caution('2020-01-01', { type: 'simple_caution' }), '2020-01-01').asOf?.onBasicCheck,
      false,
    )
  })
})
