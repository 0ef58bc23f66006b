/**
 * The drag-through algorithm on its own (`shared/rules/disclosure.md` section 6), fed the same figures as the
 * Ministry of Justice checker's `multiple_offenses_calculator_spec.rb`, which works with doubles giving each
 * conviction's date, its whole answer (`full`) and its answer without order tails (`core`). Expected answers
 * are the checker's, or worked by hand from the nine steps where the rules file departs from an older spec.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { permutations } from './disclosure.test-support.ts'
import { dragThrough, type DragConviction } from './drag-through.rules.ts'
import type { ConvictionSpent } from './spent-value.ts'

/** A conviction with no order tail: `core` is `full`. */
const plain = (date: string, spent: ConvictionSpent): DragConviction => ({ date, full: spent, core: spent })
const spentDates = (convictions: DragConviction[]) => dragThrough(convictions).map(r => r.spent)

describe('dragThrough: the checker spec figures', () => {
  it('relevant order 3: an order tail keeps its own date, the other conviction is not dragged to it', () => {
    const a = { date: '2010-01-01', full: '2024-12-31', core: '2020-12-31' }
    const b = plain('2012-01-01', '2022-12-31')
    assert.deepEqual(spentDates([a, b]), ['2024-12-31', '2022-12-31'])
  })

  it('relevant order 1: only an order tail overlaps the later conviction, so nothing is extended to it', () => {
    const a = { date: '2001-01-01', full: '2005-01-01', core: '2003-01-01' }
    const b = plain('2000-01-01', '2002-01-01')
    const c = plain('2004-06-01', '2006-06-01')
    assert.deepEqual(spentDates([a, b, c]), ['2005-01-01', '2003-01-01', '2006-06-01'])
  })

  it('relevant order 2: the chain propagates, all three to 1 June 2012', () => {
    const a = { date: '2003-01-01', full: '2008-06-01', core: '2006-01-01' }
    const b = plain('2000-01-01', '2004-01-01')
    const c = plain('2005-01-01', '2012-06-01')
    assert.deepEqual(spentDates([a, b, c]), ['2012-06-01', '2012-06-01', '2012-06-01'])
  })

  it('overlapping periods run to the later end', () => {
    assert.deepEqual(spentDates([plain('2020-01-01', '2022-01-01'), plain('2021-01-01', '2025-01-01')]), [
      '2025-01-01',
      '2025-01-01',
    ])
  })

  it('periods that do not overlap stay apart', () => {
    assert.deepEqual(spentDates([plain('2020-01-01', '2022-01-01'), plain('2023-01-01', '2025-01-01')]), [
      '2022-01-01',
      '2025-01-01',
    ])
  })

  it('a never-spent first conviction does not drag a later one', () => {
    assert.deepEqual(spentDates([plain('2020-01-01', 'never'), plain('2021-01-01', '2023-01-01')]), [
      'never',
      '2023-01-01',
    ])
  })

  it('a never-spent second conviction makes the first never spent', () => {
    assert.deepEqual(spentDates([plain('2020-01-01', '2023-01-01'), plain('2021-01-01', 'never')]), ['never', 'never'])
  })

  it('an indefinite first conviction does not drag a later one', () => {
    assert.deepEqual(spentDates([plain('2020-01-01', 'indefinite'), plain('2021-01-01', '2023-01-01')]), [
      'indefinite',
      '2023-01-01',
    ])
  })

  it('an indefinite second conviction does not drag the first (rules file step 6)', () => {
    // The checker spec at commit 113fece expected indefinite for the first; the rules file, read at 3aa787ab,
    // says indefinite convictions never drag others (step 6 and doubt 4). Resettle follows the rules file.
    assert.deepEqual(spentDates([plain('2020-01-01', '2023-01-01'), plain('2021-01-01', 'indefinite')]), [
      '2023-01-01',
      'indefinite',
    ])
  })

  it('never first and indefinite second: each keeps its own', () => {
    assert.deepEqual(spentDates([plain('2020-01-01', 'never'), plain('2021-01-01', 'indefinite')]), [
      'never',
      'indefinite',
    ])
  })

  it('indefinite first and never second: both never', () => {
    assert.deepEqual(spentDates([plain('2020-01-01', 'indefinite'), plain('2021-01-01', 'never')]), ['never', 'never'])
  })

  it('three convictions: everything before the never-spent one inside its reach is never, after it is not', () => {
    const convictions = [
      plain('2020-01-01', '2021-01-01'),
      plain('2020-10-25', 'never'),
      plain('2023-01-01', '2025-01-01'),
    ]
    assert.deepEqual(spentDates(convictions), ['never', 'never', '2025-01-01'])
  })

  it('four convictions, the third never spent: the first two ended before it and are untouched', () => {
    const convictions = [
      plain('2020-01-01', '2021-01-01'),
      plain('2020-06-01', '2021-01-01'),
      plain('2023-01-01', 'never'),
      plain('2025-01-01', '2025-12-31'),
    ]
    assert.deepEqual(spentDates(convictions), ['2021-01-01', '2021-01-01', 'never', '2025-12-31'])
  })

  it('four convictions, the fourth never spent and inside the third: the third becomes never', () => {
    const convictions = [
      plain('2020-01-01', '2021-01-01'),
      plain('2020-06-01', '2021-01-01'),
      plain('2023-01-01', '2026-01-01'),
      plain('2025-01-01', 'never'),
    ]
    assert.deepEqual(spentDates(convictions), ['2021-01-01', '2021-01-01', 'never', 'never'])
  })
})

describe('dragThrough: the rules file steps', () => {
  it('step 3: a conviction with only order tails neither drags nor is dragged', () => {
    const tailOnly = { date: '2020-01-01', full: '2030-01-01', core: null }
    assert.deepEqual(spentDates([tailOnly, plain('2021-01-01', '2022-01-01')]), ['2030-01-01', '2022-01-01'])
    assert.deepEqual(spentDates([plain('2019-06-01', '2020-06-01'), { ...tailOnly, date: '2020-01-01' }]), [
      '2020-06-01',
      '2030-01-01',
    ])
  })

  it('step 5: a later shorter conviction inside an earlier period is dragged to its end', () => {
    const results = dragThrough([plain('2015-01-01', '2021-01-01'), plain('2016-06-01', '2017-06-01')])
    assert.deepEqual(results, [
      { spent: '2021-01-01', extendedBy: null },
      { spent: '2021-01-01', extendedBy: 0 },
    ])
  })

  it('step 5 is inclusive: a conviction on the very day the earlier one is spent still extends it', () => {
    assert.deepEqual(spentDates([plain('2020-01-15', '2021-01-15'), plain('2021-01-15', '2022-07-15')]), [
      '2022-07-15',
      '2022-07-15',
    ])
    assert.deepEqual(spentDates([plain('2020-01-15', '2021-01-15'), plain('2021-01-16', '2022-07-16')]), [
      '2021-01-15',
      '2022-07-16',
    ])
  })

  it('step 7: a never-spent conviction does not drag a conviction after it, even inside its reach', () => {
    assert.deepEqual(spentDates([plain('2010-01-01', 'never'), plain('2012-01-01', '2013-01-01')]), [
      'never',
      '2013-01-01',
    ])
  })

  it('names the conviction that extended each one', () => {
    const results = dragThrough([plain('2020-01-01', '2022-01-01'), plain('2021-01-01', '2025-01-01')])
    assert.deepEqual(
      results.map(r => r.extendedBy),
      [1, null],
    )
  })

  it('relevant order 2 given in another order: the same chain, answered in the order given', () => {
    const a = plain('2005-01-01', '2012-06-01')
    const b = plain('2000-01-01', '2004-01-01')
    const c = { date: '2003-01-01', full: '2008-06-01', core: '2006-01-01' }
    const results = dragThrough([a, b, c])
    assert.deepEqual(
      results.map(r => r.spent),
      ['2012-06-01', '2012-06-01', '2012-06-01'],
    )
    // b first reaches c (1 January 2006), then a through c's extended period.
    assert.deepEqual(
      results.map(r => r.extendedBy),
      [null, 0, 1],
    )
  })
})

describe('dragThrough: the Act, whatever the order (the rules file correction, issue 20)', () => {
  // Born 1980. Custody of 3 years on 1 January 2010: ends 1 January 2013, + 4 years. A fine on 1 January 2012.
  // 5 years for a Schedule 18 offence on 1 January 2015: never spent.
  const prison = plain('2010-01-01', '2017-01-01')
  const fine = plain('2012-01-01', '2013-01-01')
  const never = plain('2015-01-01', 'never')

  /** Each conviction's answer, in the order of `convictions`, for every order they can be given in. */
  const inEveryOrder = (convictions: DragConviction[]) =>
    permutations(convictions.map((_, i) => i)).map(order => {
      const results = dragThrough(order.map(i => convictions[i] as DragConviction))
      return convictions.map((_, i) => results[order.indexOf(i)])
    })

  it('gives the example of issue 20 never, never, never in all six orders', () => {
    const orders = inEveryOrder([prison, fine, never])
    assert.equal(orders.length, 6)
    for (const results of orders)
      assert.deepEqual(
        results.map(r => r?.spent),
        ['never', 'never', 'never'],
      )
  })

  it('leaves the fine dragged to 1 January 2017 without the never-spent conviction', () => {
    for (const results of inEveryOrder([prison, fine])) {
      assert.deepEqual(
        results.map(r => r?.spent),
        ['2017-01-01', '2017-01-01'],
      )
    }
  })

  it('says what the checker’s steps give where they differ, and through which chain the answer comes', () => {
    const [first, second, third] = dragThrough([prison, fine, never])
    assert.deepEqual(first, { spent: 'never', extendedBy: 2 })
    assert.deepEqual(second, {
      spent: 'never',
      extendedBy: 2,
      linked: { with: [0], until: '2017-01-01' },
      checkerGives: '2013-01-01',
    })
    assert.deepEqual(third, { spent: 'never', extendedBy: null })
  })

  it('keeps the checker’s own account where its steps agree', () => {
    const results = dragThrough([fine, prison, never])
    assert.ok(results.every(r => r.checkerGives === undefined && r.linked === undefined))
    assert.deepEqual(
      results.map(r => r.extendedBy),
      [2, 0, null],
    )
  })

  it('follows a chain that an order tail hides from the checker, in every order', () => {
    // A (2003) has a participating period to 2006 and an order tail to 2009. B (2004, to 2005, order tail to
    // 2007) came during A's period, and C (mid 2005, to 2008) too, so A's period runs to 2008 and B's with it.
    // The checker compares B's own date of 2007 with A's unextended 2006, and leaves B at 2007.
    const a = { date: '2003-01-01', full: '2009-01-01', core: '2006-01-01' }
    const b = { date: '2004-01-01', full: '2007-01-01', core: '2005-01-01' }
    const c = plain('2005-06-01', '2008-01-01')
    for (const results of inEveryOrder([a, b, c])) {
      assert.deepEqual(
        results.map(r => r?.spent),
        ['2009-01-01', '2008-01-01', '2008-01-01'],
      )
      assert.equal(results[1]?.checkerGives, '2007-01-01')
    }
  })

  it('does not let an order until further order, once never spent, make an earlier conviction never spent', () => {
    // The order of mid 2000 came during the fine's period but, lasting until further order, extends nothing
    // (step 6). The Schedule 18 sentence of 2004 makes it never spent; the checker, given the order first, then
    // passes "never" on to the fine. Given the fine first, it does not.
    const earlier = plain('2000-01-01', '2001-01-01')
    const untilFurtherOrder = plain('2000-06-01', 'indefinite')
    const schedule18 = plain('2004-01-01', 'never')
    for (const results of inEveryOrder([earlier, untilFurtherOrder, schedule18])) {
      assert.deepEqual(
        results.map(r => r?.spent),
        ['2001-01-01', 'never', 'never'],
      )
    }
    assert.equal(dragThrough([untilFurtherOrder, earlier, schedule18])[1]?.checkerGives, 'never')
  })

  it('names all the other convictions of a longer chain', () => {
    const results = dragThrough([
      plain('2000-01-01', '2008-01-01'),
      plain('2003-01-01', '2004-01-01'),
      plain('2006-01-01', '2007-01-01'),
      plain('2007-06-01', 'never'),
    ])
    assert.deepEqual(
      results.map(r => r.spent),
      ['never', 'never', 'never', 'never'],
    )
    assert.deepEqual(results[1]?.linked, { with: [0, 2], until: '2008-01-01' })
    assert.equal(results[1]?.checkerGives, '2004-01-01')
  })
})
