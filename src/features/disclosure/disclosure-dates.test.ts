/**
 * The date helpers, against values worked out by hand.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addLength, ageOn, birthday, compareWithMonths, describeLength, isUnder18On } from './disclosure-dates.ts'

describe('addLength', () => {
  it('adds days, weeks of 7 days, and calendar months and years clamped to a shorter month', () => {
    assert.equal(addLength('2020-01-01', { amount: 366, unit: 'days' }), '2021-01-01')
    assert.equal(addLength('2021-02-20', { amount: 2, unit: 'weeks' }), '2021-03-06')
    assert.equal(addLength('2022-08-31', { amount: 6, unit: 'months' }), '2023-02-28')
    assert.equal(addLength('2019-08-31', { amount: 6, unit: 'months' }), '2020-02-29')
    assert.equal(addLength('2020-02-29', { amount: 1, unit: 'years' }), '2021-02-28')
    assert.equal(addLength('2020-02-29', { amount: 4, unit: 'years' }), '2024-02-29')
  })
})

describe('compareWithMonths', () => {
  it('uses the average month of 30.436875 days', () => {
    assert.ok(compareWithMonths({ amount: 365, unit: 'days' }, 12) < 0)
    assert.ok(compareWithMonths({ amount: 366, unit: 'days' }, 12) > 0)
    assert.ok(compareWithMonths({ amount: 52, unit: 'weeks' }, 12) < 0)
    assert.ok(compareWithMonths({ amount: 53, unit: 'weeks' }, 12) > 0)
    assert.ok(compareWithMonths({ amount: 1460, unit: 'days' }, 48) < 0)
    assert.ok(compareWithMonths({ amount: 1461, unit: 'days' }, 48) > 0)
    assert.equal(compareWithMonths({ amount: 12, unit: 'months' }, 12), 0)
    assert.equal(compareWithMonths({ amount: 4, unit: 'years' }, 48), 0)
    assert.equal(compareWithMonths({ amount: 730, unit: 'days' }, 24) < 0, true)
    assert.equal(compareWithMonths({ amount: 731, unit: 'days' }, 24) > 0, true)
  })
})

describe('birthday, ageOn and isUnder18On', () => {
  it('turns a person 18 at the start of their 18th birthday', () => {
    assert.equal(birthday('2002-03-15', 18), '2020-03-15')
    assert.equal(isUnder18On('2002-03-15', '2020-03-14'), true)
    assert.equal(isUnder18On('2002-03-15', '2020-03-15'), false)
    assert.equal(ageOn('2002-03-15', '2020-03-14'), 17)
    assert.equal(ageOn('2002-03-15', '2020-03-15'), 18)
  })

  it('gives someone born on 29 February their birthday on 1 March in other years', () => {
    assert.equal(birthday('2004-02-29', 18), '2022-03-01')
    assert.equal(birthday('2004-02-29', 4), '2008-02-29')
    assert.equal(isUnder18On('2004-02-29', '2022-02-28'), true)
    assert.equal(isUnder18On('2004-02-29', '2022-03-01'), false)
    assert.equal(ageOn('2004-02-29', '2005-02-28'), 0)
    assert.equal(ageOn('2004-02-29', '2005-03-01'), 1)
  })

  it('counts a 31 December birthday in the right year', () => {
    assert.equal(ageOn('1990-12-31', '2008-12-30'), 17)
    assert.equal(ageOn('1990-12-31', '2008-12-31'), 18)
  })
})

describe('describeLength', () => {
  it('writes one and many', () => {
    assert.equal(describeLength({ amount: 1, unit: 'days' }), '1 day')
    assert.equal(describeLength({ amount: 18, unit: 'months' }), '18 months')
    assert.equal(describeLength({ amount: 1, unit: 'years' }), '1 year')
  })
})
