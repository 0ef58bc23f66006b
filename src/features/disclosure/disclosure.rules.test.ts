/**
 * Whole checks through `checkDisclosure`: the contract example of issue 7, several disposals on one conviction,
 * several records, and the Ministry of Justice checker's multiple-conviction scenarios
 * (`multiple_offenses_calculator_scenarios_spec.rb`, scenarios 1 to 9) recalculated by hand under today's
 * rules: no "minus one day" since March 2025, community orders and YROs ending with the order since October
 * 2023. The contract has no restraining or banning order, so a driving ban (also an order tail that takes no
 * part in drag-through) stands in for one.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  ADULT,
  caution,
  check,
  conviction,
  custodial,
  length,
  permutations,
  single,
  YOUTH,
  type DisposalRequest,
  type RecordRequest,
} from './disclosure.test-support.ts'

const spentDates = (dateOfBirth: string, records: Parameters<typeof check>[1]) =>
  check(dateOfBirth, records).records.map(r => r.spent)

const order = (type: DisposalRequest['type'], amount: number, unit: 'months' | 'years'): DisposalRequest => ({
  type,
  length: length(amount, unit),
})
const ban = (amount: number, unit: 'months' | 'years'): DisposalRequest =>
  order('motoring_disqualification', amount, unit)

describe('checkDisclosure: the contract', () => {
  const example = check('1990-05-01', [
    conviction('2016-03-10', custodial(18, 'months'), { type: 'fine' }),
    caution('2019-07-01', { type: 'simple_caution' }),
  ])

  it('answers the example of issue 7: 10 September 2021, then immediately', () => {
    assert.deepEqual(
      example.records.map(r => r.spent),
      ['2021-09-10', 'immediately'],
    )
  })

  it('gives spent, explanation and filtering for each record, with structured fields beside them', () => {
    for (const record of example.records) {
      assert.equal(typeof record.explanation, 'string')
      assert.ok(record.explanation.length > 20)
      assert.ok(record.filtering.filteredFrom)
    }
    const [first] = example.records
    assert.equal(first?.rule, 'custodial-over-12-months-up-to-4-years')
    assert.equal(first?.youth, false)
    assert.equal(first?.extendedBy, null)
    assert.deepEqual(first?.rehabilitationPeriod, { amount: 4, unit: 'years', from: 'end-of-sentence' })
  })

  it('is a plain JSON value: it survives JSON.stringify unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(example)), example)
  })

  it('answers one record per record, in the order given, not in date order', () => {
    const result = check(ADULT, [
      conviction('2020-01-01', { type: 'fine' }),
      caution('2010-01-01', { type: 'conditional_caution' }),
      conviction('2000-01-01', { type: 'absolute_discharge' }),
    ])
    assert.deepEqual(
      result.records.map(r => [r.kind, r.date, r.spent]),
      [
        ['conviction', '2020-01-01', '2021-01-01'],
        ['caution', '2010-01-01', '2010-04-01'],
        ['conviction', '2000-01-01', '2000-01-01'],
      ],
    )
  })

  it('adds where each record stands today only when today is given', () => {
    assert.equal(example.records[0]?.asOf, undefined)
    const today = check('1990-05-01', [conviction('2016-03-10', custodial(18, 'months'))], '2021-09-09').records[0]
    assert.deepEqual(today?.asOf, {
      date: '2021-09-09',
      spent: false,
      onBasicCheck: true,
      onStandardAndEnhancedCheck: true,
    })
  })
})

describe('several disposals on one conviction: the longest period wins (ROA s.6(2))', () => {
  it('takes the latest date', () => {
    const result = single(
      ADULT,
      conviction('2020-01-01', custodial(6, 'months'), { type: 'fine' }, order('community_order', 2, 'years')),
    )
    // Custodial: 1 July 2020 + 1 year = 1 July 2021; fine: 1 January 2021; community order: 1 January 2022.
    assert.equal(result.spent, '2022-01-01')
    assert.equal(result.rule, 'end-of-order')
    assert.deepEqual(
      result.disposals.map(d => d.spent),
      ['2021-07-01', '2021-01-01', '2022-01-01'],
    )
    assert.match(result.explanation, /longest period counts/)
  })

  it('takes the longer of two concurrent custodial terms', () => {
    // 6 months: 1 July 2021; 18 months: 1 July 2021 + 4 years = 1 July 2025.
    const result = single(ADULT, conviction('2020-01-01', custodial(6, 'months'), custodial(18, 'months')))
    assert.equal(result.spent, '2025-07-01')
  })

  it('gives a motoring endorsement beside a fine its 5 years', () => {
    assert.equal(
      single(ADULT, conviction('2020-01-01', { type: 'fine' }, { type: 'motoring_endorsement' })).spent,
      '2025-01-01',
    )
  })

  it('makes the whole conviction never spent when one sentence is', () => {
    const result = single(
      ADULT,
      conviction('2020-01-01', { type: 'fine' }, custodial(5, 'years', { seriousOffence: true })),
    )
    assert.equal(result.spent, 'never')
  })

  it('makes it indefinite when one order has no date yet, and never beats indefinite', () => {
    assert.equal(
      single(ADULT, conviction('2020-01-01', { type: 'fine' }, { type: 'compensation_order' })).spent,
      'indefinite',
    )
    const both = conviction(
      '2020-01-01',
      { type: 'community_order', untilFurtherOrder: true },
      custodial(6, 'years', { seriousOffence: true }),
    )
    assert.equal(single(ADULT, both).spent, 'never')
  })

  it('lets a driving ban set the date of its own conviction', () => {
    assert.equal(single(ADULT, conviction('2020-01-01', { type: 'fine' }, ban(3, 'years'))).spent, '2023-01-01')
  })
})

describe('the checker scenarios, recalculated under today’s rules', () => {
  it('scenario 1: a conditional discharge extended by a community order within it', () => {
    // Jack, 21. CD 2 years from 25 Jan 2017: 25 Jan 2019. CO 12 months from 10 Dec 2018: 10 Dec 2019.
    const records = [
      conviction('2017-01-25', order('conditional_discharge', 2, 'years')),
      conviction('2018-12-10', order('community_order', 12, 'months')),
    ]
    assert.deepEqual(spentDates('1995-06-01', records), ['2019-12-10', '2019-12-10'])
  })

  it('scenario 2: a suspended sentence extended by a later custodial sentence, whose own order tail is indefinite', () => {
    // Alex, 18. Suspended 3 months from 1 Aug 2009: 1 Nov 2009 + 1 year = 1 Nov 2010. Later, 10 Jun 2010:
    // custodial 6 months: 10 Dec 2010 + 1 year = 10 Dec 2011; fine: 10 Jun 2011; an order until further order.
    const records = [
      conviction('2009-08-01', { type: 'suspended_sentence', length: length(3, 'months') }),
      conviction(
        '2010-06-10',
        custodial(6, 'months'),
        { type: 'motoring_disqualification', untilFurtherOrder: true },
        { type: 'fine' },
      ),
    ]
    assert.deepEqual(spentDates('1991-01-01', records), ['2011-12-10', 'indefinite'])
  })

  it('scenario 3: both unspent until the later one ends', () => {
    // Sandra, 19. Custodial 4 months from 20 May 2015: 20 Sep 2015 + 1 year = 20 Sep 2016.
    // Suspended 3 months from 1 Feb 2016: 1 May 2016 + 1 year = 1 May 2017.
    const records = [
      conviction('2015-05-20', custodial(4, 'months')),
      conviction('2016-02-01', { type: 'suspended_sentence', length: length(3, 'months') }),
    ]
    assert.deepEqual(spentDates('1996-01-01', records), ['2017-05-01', '2017-05-01'])
  })

  it('scenario 4: a fine after the first period ended changes nothing', () => {
    // Ranjit, 32. Custodial 3 months from 20 May 2015: 20 Aug 2015 + 1 year = 20 Aug 2016. Fine 1 Feb 2018.
    const records = [conviction('2015-05-20', custodial(3, 'months')), conviction('2018-02-01', { type: 'fine' })]
    assert.deepEqual(spentDates('1983-01-01', records), ['2016-08-20', '2019-02-01'])
  })

  it('scenario 5: an order tail running past a later conviction does not drag it', () => {
    // Andrea, 38. Custodial 4 months from 2 Aug 2015: 2 Dec 2016; 6-year order: 2 Aug 2021. Fine 5 Feb 2018.
    const records = [
      conviction('2015-08-02', custodial(4, 'months'), ban(6, 'years')),
      conviction('2018-02-05', { type: 'fine' }),
    ]
    assert.deepEqual(spentDates('1977-01-01', records), ['2021-08-02', '2019-02-05'])
  })

  it('scenario 6: a never-spent sentence makes the conviction inside its reach never spent, not the ones after', () => {
    // Darren. 10 Aug 1998: CO 12 months and a fine, both 10 Aug 1999. 10 Jul 2004: fine, 10 Jul 2005.
    // 12 Sep 2004: 5 years for a Schedule 18 offence, never. 7 Feb 2012: suspended 6 months, 7 Aug 2013.
    const records = [
      conviction('1998-08-10', order('community_order', 12, 'months'), { type: 'fine' }),
      conviction('2004-07-10', { type: 'fine' }),
      conviction('2004-09-12', custodial(5, 'years', { seriousOffence: true })),
      conviction('2012-02-07', { type: 'suspended_sentence', length: length(6, 'months') }),
    ]
    assert.deepEqual(spentDates('1970-01-01', records), ['1999-08-10', 'never', 'never', '2013-08-07'])
  })

  it('scenario 7: a chain through a conditional discharge, all to 1 March 2009', () => {
    // A, 1 Jan 2001: CD 3 years (1 Jan 2004) and custodial 6 months (1 Jul 2001 + 1 year = 1 Jul 2002).
    // B, 1 Jun 2000: fine, 1 Jun 2001. C, 1 Mar 2002: custodial 3 years, 1 Mar 2005 + 4 years = 1 Mar 2009.
    const records = [
      conviction('2001-01-01', order('conditional_discharge', 3, 'years'), custodial(6, 'months')),
      conviction('2000-06-01', { type: 'fine' }),
      conviction('2002-03-01', custodial(3, 'years')),
    ]
    assert.deepEqual(spentDates('1970-01-01', records), ['2009-03-01', '2009-03-01', '2009-03-01'])
  })

  it('scenario 8: the order tail sets the first date; the second keeps its own (rules file: 2025-01-01, 2020-01-01)', () => {
    // 1 Jan 2010: custodial 4 years (1 Jan 2014 + 4 years = 1 Jan 2018) and a 15-year order (1 Jan 2025).
    // 1 Jan 2012: custodial 4 years, 1 Jan 2016 + 4 years = 1 Jan 2020.
    const records = [
      conviction('2010-01-01', custodial(4, 'years'), ban(15, 'years')),
      conviction('2012-01-01', custodial(4, 'years')),
    ]
    assert.deepEqual(spentDates('1988-06-01', records), ['2025-01-01', '2020-01-01'])
  })

  it('scenario 9: a referral order, a YRO, a community order and prison, each ending before the next', () => {
    // Under 18: referral order 6 months from 25 Feb 2011 (25 Aug 2011); YRO 12 months from 12 Feb 2013
    // (12 Feb 2014). 18 or over: community order 12 months from 1 Jul 2014 (1 Jul 2015); custodial 12 months
    // from 30 Jun 2016 (30 Jun 2017 + 1 year = 30 Jun 2018). Since orders end with the order (October 2023),
    // no period reaches the next conviction, so none is extended. The rules file says the last three all end
    // on 30 June 2018: that was true while YROs and community orders carried 6 and 12 months after the order.
    const records = [
      conviction('2011-02-25', order('referral_order', 6, 'months')),
      conviction('2013-02-12', order('youth_rehabilitation_order', 12, 'months')),
      conviction('2014-07-01', order('community_order', 12, 'months')),
      conviction('2016-06-30', custodial(12, 'months')),
    ]
    assert.deepEqual(spentDates('1996-01-01', records), ['2011-08-25', '2014-02-12', '2015-07-01', '2018-06-30'])
  })

  it('scenario 9 with longer orders: youth to adult, the chain runs through to the prison sentence', () => {
    // YRO 18 months from 12 Feb 2013: 12 Aug 2014, after the community order of 1 Jul 2014. Community order
    // 2 years from 1 Jul 2014: 1 Jul 2016, after the custodial sentence of 30 Jun 2016 (spent 30 Jun 2018).
    const records = [
      conviction('2013-02-12', order('youth_rehabilitation_order', 18, 'months')),
      conviction('2014-07-01', order('community_order', 2, 'years')),
      conviction('2016-06-30', custodial(12, 'months')),
    ]
    const result = check('1996-01-01', records)
    assert.deepEqual(
      result.records.map(r => r.spent),
      ['2018-06-30', '2018-06-30', '2018-06-30'],
    )
    assert.deepEqual(
      result.records.map(r => r.youth),
      [true, false, false],
    )
  })
})

describe('drag-through through the contract', () => {
  it('drags a shorter later conviction to the end of the earlier one', () => {
    // Custodial 24 months from 1 Jan 2015: 1 Jan 2017 + 4 years = 1 Jan 2021. Fine 1 Jun 2016: 1 Jun 2017.
    const result = check(ADULT, [
      conviction('2015-01-01', custodial(24, 'months')),
      conviction('2016-06-01', { type: 'fine' }),
    ])
    const [, fine] = result.records
    assert.equal(fine?.spent, '2021-01-01')
    assert.equal(fine?.ownSpent, '2017-06-01')
    assert.equal(fine?.extendedBy, 0)
    assert.match(fine?.explanation ?? '', /rehabilitation period of the conviction of 1 January 2015/)
  })

  it('names the later conviction that extended an earlier one, and says so in words', () => {
    const result = check(ADULT, [
      conviction('2020-01-15', { type: 'fine' }),
      conviction('2021-01-15', custodial(6, 'months')),
    ])
    // The second conviction is on the first one's spent date itself: the checker's range is inclusive.
    assert.deepEqual(
      result.records.map(r => [r.spent, r.extendedBy]),
      [
        ['2022-07-15', 1],
        ['2022-07-15', null],
      ],
    )
    assert.match(result.records[0]?.explanation ?? '', /conviction of 15 January 2021 came during/)
  })

  it('does not drag when the later conviction is the day after the first is spent', () => {
    const records = [conviction('2020-01-15', { type: 'fine' }), conviction('2021-01-16', custodial(6, 'months'))]
    assert.deepEqual(spentDates(ADULT, records), ['2021-01-15', '2022-07-16'])
  })

  it('makes an earlier conviction never spent when a never-spent sentence comes inside its period', () => {
    const records = [
      conviction('2020-01-01', { type: 'fine' }),
      conviction('2020-06-01', custodial(5, 'years', { seriousOffence: true })),
      conviction('2021-01-01', { type: 'fine' }),
    ]
    const result = check(ADULT, records)
    assert.deepEqual(
      result.records.map(r => r.spent),
      ['never', 'never', '2022-01-01'],
    )
    assert.match(result.records[0]?.explanation ?? '', /never spent either/)
  })

  it('a later never-spent conviction does not shorten an extension, whatever the order (issue 20)', () => {
    // Custodial 4 years from 1 Jan 2010: 1 Jan 2014 + 4 years = 1 Jan 2018. Fine 1 Jan 2012: 1 Jan 2013,
    // dragged to 1 Jan 2018. Add a 5-year Schedule 18 sentence on 1 Jan 2015, inside the fine's extended period:
    // under ROA s.1(1)(b) with s.6(4) the fine is never spent too. The checker's steps, followed in the first
    // order, let the fine fall back to its own 1 January 2013 (step 7); the rules file's correction does not.
    const prison = conviction('2010-01-01', custodial(4, 'years'))
    const fine = conviction('2012-01-01', { type: 'fine' })
    assert.deepEqual(spentDates(ADULT, [prison, fine]), ['2018-01-01', '2018-01-01'])
    const never = conviction('2015-01-01', custodial(5, 'years', { seriousOffence: true }))
    assert.deepEqual(spentDates(ADULT, [prison, fine, never]), ['never', 'never', 'never'])
    assert.deepEqual(spentDates(ADULT, [fine, prison, never]), ['never', 'never', 'never'])
  })

  it('does not let an order until further order drag another conviction', () => {
    const records = [
      conviction('2020-01-01', { type: 'fine' }),
      conviction('2020-06-01', { type: 'hospital_order', untilFurtherOrder: true }),
      conviction('2021-03-01', { type: 'fine' }),
    ]
    // The first fine's period (to 1 Jan 2021) holds the hospital order, which would reach "2049" if it dragged.
    assert.deepEqual(spentDates(ADULT, records), ['2021-01-01', 'indefinite', '2022-03-01'])
  })

  it('does not let a driving ban alone drag, or be dragged', () => {
    const records = [conviction('2020-01-01', ban(5, 'years')), conviction('2021-01-01', { type: 'fine' })]
    assert.deepEqual(spentDates(ADULT, records), ['2025-01-01', '2022-01-01'])
    const reverse = [conviction('2019-06-01', custodial(12, 'months')), conviction('2020-01-01', ban(1, 'years'))]
    assert.deepEqual(spentDates(ADULT, reverse), ['2021-06-01', '2021-01-01'])
  })

  it('relevant order 1 through the contract: an order tail overlapping a later conviction extends nothing', () => {
    // A 2001: custodial 12 months (1 Jan 2003) and a 4-year ban (1 Jan 2005). B 2000: CD 2 years (1 Jan 2002).
    // C 2004-06-01: community order 2 years (1 Jun 2006).
    const records = [
      conviction('2001-01-01', custodial(12, 'months'), ban(4, 'years')),
      conviction('2000-01-01', order('conditional_discharge', 2, 'years')),
      conviction('2004-06-01', order('community_order', 2, 'years')),
    ]
    assert.deepEqual(spentDates('1970-01-01', records), ['2005-01-01', '2003-01-01', '2006-06-01'])
  })

  it('ignores cautions in both directions', () => {
    const records = [
      conviction('2020-01-01', { type: 'fine' }),
      caution('2020-06-01', { type: 'conditional_caution' }),
      conviction('2020-12-01', custodial(6, 'months')),
    ]
    const result = check(ADULT, records)
    // The fine (1 Jan 2021) is extended by the custodial sentence (1 Jun 2021 + 1 year = 1 Jun 2022).
    assert.deepEqual(
      result.records.map(r => [r.spent, r.extendedBy]),
      [
        ['2022-06-01', 2],
        ['2020-09-01', null],
        ['2022-06-01', null],
      ],
    )
  })

  it('extends a conviction under 18 like any other', () => {
    // Fine under 18 on 1 Jan 2020: 1 Jul 2020. Detention of 6 months from 1 Jun 2020, inside that period:
    // 1 Dec 2020 + 6 months = 1 Jun 2021.
    const records = [conviction('2020-01-01', { type: 'fine' }), conviction('2020-06-01', custodial(6, 'months'))]
    assert.deepEqual(spentDates(YOUTH, records), ['2021-06-01', '2021-06-01'])
  })

  it('says when the conviction that extended it was itself extended', () => {
    // Given in this order, B (2003) is worked out first and reaches C: 1 Jan 2005 + 41 months = 1 Jun 2008,
    // + 4 years = 1 Jun 2012. A (2000, CD 4 years: 1 Jan 2004) then falls inside B's extended period.
    const records = [
      conviction('2003-01-01', order('conditional_discharge', 3, 'years')),
      conviction('2000-01-01', order('conditional_discharge', 4, 'years')),
      conviction('2005-01-01', custodial(41, 'months')),
    ]
    const result = check('1970-01-01', records)
    assert.deepEqual(
      result.records.map(r => [r.spent, r.extendedBy]),
      [
        ['2012-06-01', 2],
        ['2012-06-01', 0],
        ['2012-06-01', null],
      ],
    )
    assert.match(
      result.records[1]?.explanation ?? '',
      /The conviction of 1 January 2003 \(itself extended by the conviction of 1 January 2005\) came during this/,
    )
  })
})

describe('several convictions follow the Act, not the order they are given in (issue 20)', () => {
  // Born 1980: custody of 3 years on 1 January 2010 (1 January 2013 + 4 years = 1 January 2017), a fine on
  // 1 January 2012 (1 January 2013), and 5 years for a Schedule 18 offence on 1 January 2015 (never spent).
  const BORN_1980 = '1980-01-01'
  const prison = conviction('2010-01-01', custodial(3, 'years'))
  const fine = conviction('2012-01-01', { type: 'fine' })
  const schedule18 = conviction('2015-01-01', custodial(5, 'years', { seriousOffence: true }))
  const explanationOf = (records: RecordRequest[], record: RecordRequest) =>
    check(BORN_1980, records).records[records.indexOf(record)]?.explanation ?? ''

  it('gives the example never, never, never in all six orders', () => {
    const orders = permutations([prison, fine, schedule18])
    assert.equal(orders.length, 6)
    for (const records of orders) assert.deepEqual(spentDates(BORN_1980, records), ['never', 'never', 'never'])
  })

  it('without the 2015 conviction, drags the fine to 1 January 2017 in either order', () => {
    assert.deepEqual(spentDates(BORN_1980, [prison, fine]), ['2017-01-01', '2017-01-01'])
    assert.deepEqual(spentDates(BORN_1980, [fine, prison]), ['2017-01-01', '2017-01-01'])
  })

  it('says where the checker would answer otherwise, and that the answer follows the Act, not the order', () => {
    const explanation = explanationOf([prison, fine, schedule18], fine)
    assert.match(
      explanation,
      /linked with the conviction of 1 January 2010: one came while the other was still unspent/,
    )
    assert.match(explanation, /The conviction of 1 January 2015 came before then and is never spent/)
    assert.match(
      explanation,
      /If the records are entered in this order, the Ministry of Justice online checker says this conviction would be spent on 1 January 2013\./,
    )
    assert.match(
      explanation,
      /Rehabilitation of Offenders Act 1974, section 1\(1\)\(b\) with section 6\(4\)\), so the order/,
    )
    assert.match(explanation, /So this conviction is never spent\.$/)
  })

  it('says nothing of the checker for the records it answers the same', () => {
    const same = (records: RecordRequest[], record: RecordRequest) =>
      assert.doesNotMatch(explanationOf(records, record), /Ministry of Justice/)
    for (const record of [prison, fine, schedule18]) same([fine, prison, schedule18], record)
    for (const record of [prison, schedule18]) same([prison, fine, schedule18], record)
  })

  it('carries a link that a driving ban hides from the checker, citing section 6(4) alone', () => {
    // A, 1 Jan 2003: custodial 6 months (1 Jul 2003 + 1 year = 1 Jul 2004) and a 6-year ban (1 Jan 2009).
    // B, 1 Mar 2003, inside A's period: a fine (1 Mar 2004) and an 18-month ban (1 Sep 2004).
    // C, 1 May 2004, inside A's period: custodial 6 months (1 Nov 2004 + 1 year = 1 Nov 2005).
    // A's period runs to C's end, and B's with it. The checker compares B's own 1 Sep 2004 with A's unextended
    // 1 Jul 2004 and keeps B's, in every order.
    const a = conviction('2003-01-01', custodial(6, 'months'), ban(6, 'years'))
    const b = conviction('2003-03-01', { type: 'fine' }, ban(18, 'months'))
    const c = conviction('2004-05-01', custodial(6, 'months'))
    for (const records of permutations([a, b, c])) {
      const result = check(ADULT, records).records
      assert.deepEqual(
        [a, b, c].map(record => result[records.indexOf(record)]?.spent),
        ['2009-01-01', '2005-11-01', '2005-11-01'],
      )
    }
    const explanation = explanationOf([a, b, c], b)
    assert.match(explanation, /linked with the convictions of 1 January 2003 and 1 May 2004: each came while/)
    assert.match(explanation, /none of them is spent before 1 November 2005/)
    assert.match(explanation, /checker says this conviction would be spent on 1 September 2004/)
    assert.match(explanation, /\(Rehabilitation of Offenders Act 1974, section 6\(4\)\)/)
  })
})
