/**
 * One disposal on its own. Every expected date was worked out by hand from `shared/rules/disclosure.md`
 * (sections 1 to 5 and 8), never copied from the code's output:
 * - custodial: start + term (days, weeks of 7 days, or calendar months/years clamped to a shorter month),
 *   then + the buffer for the band, clamped again on its own; bands by average months (1 month =
 *   30.436875 days), exactly 12 in the first band and exactly 48 in the second;
 * - orders: the end of the order, or conviction + 24 months with no end date, or indefinite;
 * - fines and endorsements: conviction + 12 months or 5 years (6 months or 30 months under 18).
 * Each date D is the first day spent: the day before, the record is not spent; on D it is.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays } from '../../platform/dates/calendar-date.ts'
import { custodialBand, distanceInMonths } from './disclosure-periods.rules.ts'
import {
  ADULT,
  caution,
  conviction,
  custodial,
  length,
  single,
  YOUTH,
  type DisposalRequest,
  type RecordRequest,
} from './disclosure.test-support.ts'

type Case = [name: string, dateOfBirth: string, record: RecordRequest, expected: string]

const on = (date: string, disposal: DisposalRequest) => conviction(date, disposal)
const adult2020 = (disposal: DisposalRequest): [string, RecordRequest] => [ADULT, on('2020-01-01', disposal)]
const youth2020 = (disposal: DisposalRequest): [string, RecordRequest] => [YOUTH, on('2020-01-01', disposal)]

function runCases(cases: Case[]) {
  for (const [name, dateOfBirth, record, expected] of cases) {
    it(`${name}: ${expected}`, () => {
      assert.equal(single(dateOfBirth, record).spent, expected)
    })
    if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) {
      it(`${name}: not spent the day before ${expected}, spent on it and the day after`, () => {
        assert.equal(single(dateOfBirth, record, addDays(expected, -1)).asOf?.spent, false)
        assert.equal(single(dateOfBirth, record, expected).asOf?.spent, true)
        assert.equal(single(dateOfBirth, record, addDays(expected, 1)).asOf?.spent, true)
      })
    }
  }
}

describe('custodial sentence, adult (18 or over at conviction), from 1 January 2020', () => {
  runCases([
    ['1 day: ends 2 January 2020, + 1 year', ...adult2020(custodial(1, 'days')), '2021-01-02'],
    ['6 months: ends 1 July 2020, + 1 year', ...adult2020(custodial(6, 'months')), '2021-07-01'],
    ['12 months is in the first band: + 1 year', ...adult2020(custodial(12, 'months')), '2022-01-01'],
    ['1 year is 12 months: + 1 year', ...adult2020(custodial(1, 'years')), '2022-01-01'],
    ['13 months: ends 1 February 2021, + 4 years', ...adult2020(custodial(13, 'months')), '2025-02-01'],
    ['52 weeks (11.96 months): ends 30 December 2020, + 1 year', ...adult2020(custodial(52, 'weeks')), '2021-12-30'],
    ['53 weeks (12.19 months): ends 6 January 2021, + 4 years', ...adult2020(custodial(53, 'weeks')), '2025-01-06'],
    ['365 days (11.99 months): ends 31 December 2020, + 1 year', ...adult2020(custodial(365, 'days')), '2021-12-31'],
    ['366 days (12.02 months): ends 1 January 2021, + 4 years', ...adult2020(custodial(366, 'days')), '2025-01-01'],
    ['22 months (the checker feature example)', ...adult2020(custodial(22, 'months')), '2025-11-01'],
    ['48 months is in the second band: + 4 years', ...adult2020(custodial(48, 'months')), '2028-01-01'],
    ['4 years is 48 months: + 4 years', ...adult2020(custodial(4, 'years')), '2028-01-01'],
    ['49 months: ends 1 February 2024, + 7 years', ...adult2020(custodial(49, 'months')), '2031-02-01'],
    ['208 weeks (47.84 months): ends 27 December 2023, + 4 years', ...adult2020(custodial(208, 'weeks')), '2027-12-27'],
    ['209 weeks (48.07 months): ends 3 January 2024, + 7 years', ...adult2020(custodial(209, 'weeks')), '2031-01-03'],
    ['1460 days (47.97 months): ends 31 December 2023, + 4 years', ...adult2020(custodial(1460, 'days')), '2027-12-31'],
    ['1461 days (48.002 months) is over 48: + 7 years', ...adult2020(custodial(1461, 'days')), '2031-01-01'],
    ['5 years: ends 1 January 2025, + 7 years', ...adult2020(custodial(5, 'years')), '2032-01-01'],
    ['18 months from 10 March 2016 (issue 7)', ADULT, on('2016-03-10', custodial(18, 'months')), '2021-09-10'],
  ])
})

describe('custodial sentence for a serious (Schedule 18) offence', () => {
  runCases([
    ['5 years: never spent', ...adult2020(custodial(5, 'years', { seriousOffence: true })), 'never'],
    ['49 months: never spent', ...adult2020(custodial(49, 'months', { seriousOffence: true })), 'never'],
    [
      '1461 days is over 4 years: never spent',
      ...adult2020(custodial(1461, 'days', { seriousOffence: true })),
      'never',
    ],
    [
      'exactly 48 months is not excluded: + 4 years',
      ...adult2020(custodial(48, 'months', { seriousOffence: true })),
      '2028-01-01',
    ],
    ['exactly 4 years is not excluded', ...adult2020(custodial(4, 'years', { seriousOffence: true })), '2028-01-01'],
    ['1460 days is not excluded', ...adult2020(custodial(1460, 'days', { seriousOffence: true })), '2027-12-31'],
    ['12 months is not excluded', ...adult2020(custodial(12, 'months', { seriousOffence: true })), '2022-01-01'],
    ['under 18, 5 years: never spent', ...youth2020(custodial(5, 'years', { seriousOffence: true })), 'never'],
    ['under 18, 48 months: + 24 months', ...youth2020(custodial(48, 'months', { seriousOffence: true })), '2026-01-01'],
  ])
})

describe('custodial sentence (detention), under 18 at conviction, from 1 January 2020', () => {
  runCases([
    ['12 months: ends 1 January 2021, + 6 months', ...youth2020(custodial(12, 'months')), '2021-07-01'],
    ['13 months: ends 1 February 2021, + 24 months', ...youth2020(custodial(13, 'months')), '2023-02-01'],
    [
      '365 days: ends 31 December 2020, + 6 months clamps to 30 June',
      ...youth2020(custodial(365, 'days')),
      '2021-06-30',
    ],
    ['366 days: ends 1 January 2021, + 24 months', ...youth2020(custodial(366, 'days')), '2023-01-01'],
    ['52 weeks: ends 30 December 2020, + 6 months', ...youth2020(custodial(52, 'weeks')), '2021-06-30'],
    ['53 weeks: ends 6 January 2021, + 24 months', ...youth2020(custodial(53, 'weeks')), '2023-01-06'],
    ['3 years: ends 1 January 2023, + 24 months', ...youth2020(custodial(3, 'years')), '2025-01-01'],
    ['48 months: ends 1 January 2024, + 24 months', ...youth2020(custodial(48, 'months')), '2026-01-01'],
    ['49 months: ends 1 February 2024, + 42 months', ...youth2020(custodial(49, 'months')), '2027-08-01'],
    ['1461 days: ends 1 January 2024, + 42 months', ...youth2020(custodial(1461, 'days')), '2027-07-01'],
  ])
})

describe('detention and training order (under 18 only; youth custodial bands)', () => {
  const dto = (amount: number, unit: 'weeks' | 'months') => ({
    type: 'detention_and_training_order' as const,
    length: length(amount, unit),
  })
  runCases([
    ['4 months: ends 1 May 2020, + 6 months', ...youth2020(dto(4, 'months')), '2020-11-01'],
    ['12 months: ends 1 January 2021, + 6 months', ...youth2020(dto(12, 'months')), '2021-07-01'],
    ['18 months: ends 1 July 2021, + 24 months', ...youth2020(dto(18, 'months')), '2023-07-01'],
    ['24 months, the longest: ends 1 January 2022, + 24 months', ...youth2020(dto(24, 'months')), '2024-01-01'],
    ['104 weeks (23.92 months): ends 29 December 2021, + 24 months', ...youth2020(dto(104, 'weeks')), '2023-12-29'],
  ])
})

describe('suspended sentence (adults only; the custodial term, adult bands)', () => {
  const suspended = (amount: number) => ({ type: 'suspended_sentence' as const, length: length(amount, 'months') })
  runCases([
    ['6 months: ends 1 July 2020, + 1 year', ...adult2020(suspended(6)), '2021-07-01'],
    ['12 months: ends 1 January 2021, + 1 year', ...adult2020(suspended(12)), '2022-01-01'],
    ['13 months: ends 1 February 2021, + 4 years', ...adult2020(suspended(13)), '2025-02-01'],
    ['24 months, the longest: ends 1 January 2022, + 4 years', ...adult2020(suspended(24)), '2026-01-01'],
  ])
})

describe('orders spent when they end (no buffer since 28 October 2023)', () => {
  runCases([
    [
      'community order of 12 months',
      ...adult2020({ type: 'community_order', length: length(12, 'months') }),
      '2021-01-01',
    ],
    [
      'community order of 100 days',
      ...adult2020({ type: 'community_order', length: length(100, 'days') }),
      '2020-04-10',
    ],
    [
      'community order with an end date',
      ...adult2020({ type: 'community_order', endDate: '2020-10-15' }),
      '2020-10-15',
    ],
    [
      'community order with no end date: conviction + 24 months',
      ...adult2020({ type: 'community_order', noEndDate: true }),
      '2022-01-01',
    ],
    [
      'community order until further order',
      ...adult2020({ type: 'community_order', untilFurtherOrder: true }),
      'indefinite',
    ],
    [
      'conditional discharge of 2 years from 25 January 2017',
      ADULT,
      on('2017-01-25', { type: 'conditional_discharge', length: length(2, 'years') }),
      '2019-01-25',
    ],
    [
      'bind over of 12 months from 1 June 2020',
      ADULT,
      on('2020-06-01', { type: 'bind_over', length: length(12, 'months') }),
      '2021-06-01',
    ],
    [
      'hospital order with no end date (the checker feature example)',
      ...adult2020({ type: 'hospital_order', noEndDate: true }),
      '2022-01-01',
    ],
    ['hospital order of 6 months', ...adult2020({ type: 'hospital_order', length: length(6, 'months') }), '2020-07-01'],
    [
      'hospital order until further order',
      ...adult2020({ type: 'hospital_order', untilFurtherOrder: true }),
      'indefinite',
    ],
    [
      'driving ban of 18 months',
      ...adult2020({ type: 'motoring_disqualification', length: length(18, 'months') }),
      '2021-07-01',
    ],
    [
      'driving ban of 3 weeks from 20 February 2020 (a leap February)',
      ADULT,
      on('2020-02-20', { type: 'motoring_disqualification', length: length(3, 'weeks') }),
      '2020-03-12',
    ],
    [
      'driving ban with no end date',
      ...adult2020({ type: 'motoring_disqualification', noEndDate: true }),
      '2022-01-01',
    ],
    [
      'youth rehabilitation order of 18 months',
      ...youth2020({ type: 'youth_rehabilitation_order', length: length(18, 'months') }),
      '2021-07-01',
    ],
    [
      'youth rehabilitation order with no end date',
      ...youth2020({ type: 'youth_rehabilitation_order', noEndDate: true }),
      '2022-01-01',
    ],
    [
      'referral order of 6 months from 31 March 2020 clamps to 30 September',
      YOUTH,
      on('2020-03-31', { type: 'referral_order', length: length(6, 'months') }),
      '2020-09-30',
    ],
    [
      'referral order ending at a later panel date',
      ...youth2020({ type: 'referral_order', endDate: '2021-02-01' }),
      '2021-02-01',
    ],
    [
      'conditional discharge of 1 year, under 18: no shorter period',
      ...youth2020({ type: 'conditional_discharge', length: length(1, 'years') }),
      '2021-01-01',
    ],
  ])
})

describe('periods from the conviction date', () => {
  runCases([
    ['adult fine (the rules file example)', ADULT, on('2020-01-15', { type: 'fine' }), '2021-01-15'],
    ['fine under 18: 6 months', YOUTH, on('2020-01-15', { type: 'fine' }), '2020-07-15'],
    [
      'adult fine on 29 February 2020: 28 February 2021, as the checker',
      ADULT,
      on('2020-02-29', { type: 'fine' }),
      '2021-02-28',
    ],
    ['fine under 18 on 31 August 2019: 29 February 2020', YOUTH, on('2019-08-31', { type: 'fine' }), '2020-02-29'],
    ['fine under 18 on 31 August 2018: 28 February 2019', YOUTH, on('2018-08-31', { type: 'fine' }), '2019-02-28'],
    [
      'absolute discharge: the conviction date itself, not "immediately"',
      ...adult2020({ type: 'absolute_discharge' }),
      '2020-01-01',
    ],
    ['absolute discharge under 18', ...youth2020({ type: 'absolute_discharge' }), '2020-01-01'],
    ['adult motoring endorsement: 5 years', ...adult2020({ type: 'motoring_endorsement' }), '2025-01-01'],
    ['motoring endorsement under 18: 30 months', ...youth2020({ type: 'motoring_endorsement' }), '2022-07-01'],
    [
      'motoring endorsement under 18 on 31 August 2019: 28 February 2022',
      YOUTH,
      on('2019-08-31', { type: 'motoring_endorsement' }),
      '2022-02-28',
    ],
    [
      'adult motoring endorsement on 29 February 2020',
      ADULT,
      on('2020-02-29', { type: 'motoring_endorsement' }),
      '2025-02-28',
    ],
  ])
})

describe('compensation order', () => {
  runCases([
    [
      'paid in full on 5 May 2020: spent that day',
      ...adult2020({ type: 'compensation_order', compensationPaidDate: '2020-05-05' }),
      '2020-05-05',
    ],
    [
      'paid on the day of the conviction',
      ...adult2020({ type: 'compensation_order', compensationPaidDate: '2020-01-01' }),
      '2020-01-01',
    ],
    ['not paid: indefinite', ...adult2020({ type: 'compensation_order' }), 'indefinite'],
    [
      'under 18, paid: the same rule',
      ...youth2020({ type: 'compensation_order', compensationPaidDate: '2020-03-03' }),
      '2020-03-03',
    ],
  ])
})

describe('cautions', () => {
  const conditional = (date: string, conditionsMetDate?: string) =>
    caution(date, { type: 'conditional_caution', ...(conditionsMetDate ? { conditionsMetDate } : {}) })
  runCases([
    ['simple caution', ADULT, caution('2020-01-01', { type: 'simple_caution' }), 'immediately'],
    ['youth caution', YOUTH, caution('2020-01-01', { type: 'youth_caution' }), 'immediately'],
    ['conditional caution, no date for the conditions: + 3 months', ADULT, conditional('2020-01-01'), '2020-04-01'],
    ['conditions ended within 3 months: that day', ADULT, conditional('2020-01-01', '2020-02-15'), '2020-02-15'],
    ['conditions ended on the day it was given', ADULT, conditional('2020-01-01', '2020-01-01'), '2020-01-01'],
    ['conditions ended the day before 3 months', ADULT, conditional('2020-01-01', '2020-03-31'), '2020-03-31'],
    ['conditions ended exactly 3 months after', ADULT, conditional('2020-01-01', '2020-04-01'), '2020-04-01'],
    [
      'conditions ended the day after 3 months: + 3 months',
      ADULT,
      conditional('2020-01-01', '2020-04-02'),
      '2020-04-01',
    ],
    [
      'checker spec: 31 January 2019, conditions ended 30 May 2019',
      ADULT,
      conditional('2019-01-31', '2019-05-30'),
      '2019-04-30',
    ],
    [
      'checker spec: 29 February 2004, conditions ended 13 June 2004',
      ADULT,
      conditional('2004-02-29', '2004-06-13'),
      '2004-05-29',
    ],
    ['31 January 2019, conditions ended 29 April 2019', ADULT, conditional('2019-01-31', '2019-04-29'), '2019-04-29'],
    ['30 November 2019 + 3 months clamps to 29 February 2020', ADULT, conditional('2019-11-30'), '2020-02-29'],
    [
      'youth conditional caution, conditions ended within 3 months',
      YOUTH,
      caution('2020-01-01', { type: 'youth_conditional_caution', conditionsMetDate: '2020-01-20' }),
      '2020-01-20',
    ],
    [
      'youth conditional caution, no date',
      YOUTH,
      caution('2020-01-01', { type: 'youth_conditional_caution' }),
      '2020-04-01',
    ],
  ])
})

describe('month ends and leap days: sentence end and buffer clamped in two steps', () => {
  runCases([
    [
      '31 August 2022 + 6 months = 28 February 2023, + 1 year = 28 February 2024 (not 29)',
      ADULT,
      on('2022-08-31', custodial(6, 'months')),
      '2024-02-28',
    ],
    [
      '31 August 2019 + 6 months = 29 February 2020, + 1 year = 28 February 2021',
      ADULT,
      on('2019-08-31', custodial(6, 'months')),
      '2021-02-28',
    ],
    [
      'under 18: 31 August 2019 + 6 months = 29 February 2020, + 6 months = 29 August 2020',
      YOUTH,
      on('2019-08-31', custodial(6, 'months')),
      '2020-08-29',
    ],
    [
      '31 January 2021 + 1 month = 28 February 2021, + 1 year',
      ADULT,
      on('2021-01-31', custodial(1, 'months')),
      '2022-02-28',
    ],
    [
      'under 18: 31 July 2019 + 1 month = 31 August 2019, + 6 months = 29 February 2020',
      YOUTH,
      on('2019-07-31', custodial(1, 'months')),
      '2020-02-29',
    ],
    [
      'under 18: 31 January 2019 + 13 months = 29 February 2020, + 24 months',
      YOUTH,
      on('2019-01-31', custodial(13, 'months')),
      '2022-02-28',
    ],
    [
      '29 February 2020 + 1 year = 28 February 2021, + 1 year',
      ADULT,
      on('2020-02-29', custodial(1, 'years')),
      '2022-02-28',
    ],
    [
      '2 weeks from 20 February 2021 end on 6 March 2021, + 1 year',
      ADULT,
      on('2021-02-20', custodial(2, 'weeks')),
      '2022-03-06',
    ],
    [
      'community order of 1 month from 31 January 2021',
      ADULT,
      on('2021-01-31', { type: 'community_order', length: length(1, 'months') }),
      '2021-02-28',
    ],
  ])
})

describe('the 18th birthday', () => {
  const born = '2002-03-15'
  runCases([
    ['fine the day before the 18th birthday: youth, 6 months', born, on('2020-03-14', { type: 'fine' }), '2020-09-14'],
    ['fine on the 18th birthday: adult, 12 months', born, on('2020-03-15', { type: 'fine' }), '2021-03-15'],
    [
      'custodial 6 months the day before: ends 14 September 2020, + 6 months',
      born,
      on('2020-03-14', custodial(6, 'months')),
      '2021-03-14',
    ],
    [
      'custodial 6 months on the birthday: ends 15 September 2020, + 1 year',
      born,
      on('2020-03-15', custodial(6, 'months')),
      '2021-09-15',
    ],
    [
      'born 29 February 2004: still under 18 on 28 February 2022',
      '2004-02-29',
      on('2022-02-28', { type: 'fine' }),
      '2022-08-28',
    ],
    ['born 29 February 2004: 18 on 1 March 2022', '2004-02-29', on('2022-03-01', { type: 'fine' }), '2023-03-01'],
  ])

  it('says whether the person was under 18, and their age', () => {
    const before = single(born, on('2020-03-14', { type: 'fine' }))
    const onTheDay = single(born, on('2020-03-15', { type: 'fine' }))
    assert.deepEqual([before.youth, before.ageAtDate], [true, 17])
    assert.deepEqual([onTheDay.youth, onTheDay.ageAtDate], [false, 18])
    assert.match(before.explanation, /under 18/)
    assert.match(onTheDay.explanation, /18 or over/)
  })
})

describe('custodialBand: the checker average months (146097 days in 4800 months)', () => {
  const band = (amount: number, unit: 'days' | 'weeks' | 'months' | 'years') => custodialBand(length(amount, unit)).rule
  it('puts 12 months, 1 year, 52 weeks and 365 days in the first band', () => {
    for (const [amount, unit] of [
      [12, 'months'],
      [1, 'years'],
      [52, 'weeks'],
      [365, 'days'],
    ] as const) {
      assert.equal(band(amount, unit), 'custodial-up-to-12-months', `${amount} ${unit}`)
    }
  })
  it('puts 13 months, 53 weeks, 366 days, 48 months, 4 years, 208 weeks and 1460 days in the second', () => {
    const lengths = [
      [13, 'months'],
      [53, 'weeks'],
      [366, 'days'],
      [48, 'months'],
      [4, 'years'],
      [208, 'weeks'],
      [1460, 'days'],
    ] as const
    for (const [amount, unit] of lengths) {
      assert.equal(band(amount, unit), 'custodial-over-12-months-up-to-4-years', `${amount} ${unit}`)
    }
  })
  it('puts 49 months, 209 weeks, 1461 days and 5 years in the third', () => {
    for (const [amount, unit] of [
      [49, 'months'],
      [209, 'weeks'],
      [1461, 'days'],
      [5, 'years'],
    ] as const) {
      assert.equal(band(amount, unit), 'custodial-over-4-years', `${amount} ${unit}`)
    }
  })
})

describe('distanceInMonths (the checker base_calculator)', () => {
  it('counts whole months, less one when the day of the month is earlier', () => {
    assert.equal(distanceInMonths('2019-01-31', '2019-04-30'), 2)
    assert.equal(distanceInMonths('2019-01-31', '2019-05-30'), 3)
    assert.equal(distanceInMonths('2020-01-01', '2020-03-31'), 2)
    assert.equal(distanceInMonths('2020-01-01', '2020-04-01'), 3)
    assert.equal(distanceInMonths('2004-02-29', '2004-06-13'), 3)
    assert.equal(distanceInMonths('2019-12-15', '2020-02-14'), 1)
  })
})

describe('structured fields beside the explanation', () => {
  it('gives the rule, the period and the end of the sentence', () => {
    const [disposal] = single(ADULT, on('2016-03-10', custodial(18, 'months'))).disposals
    assert.deepEqual(disposal, {
      type: 'custodial_sentence',
      participates: true,
      spent: '2021-09-10',
      rule: 'custodial-over-12-months-up-to-4-years',
      rehabilitationPeriod: { amount: 4, unit: 'years', from: 'end-of-sentence' },
      sentenceEnds: '2017-09-10',
      explanation: disposal?.explanation,
    })
  })

  it('explains the youth buffer in plain words', () => {
    const result = single(YOUTH, on('2020-01-01', custodial(13, 'months')))
    assert.match(result.explanation, /under 18/)
    assert.match(result.explanation, /24 months after it ends/)
    assert.match(result.explanation, /1 February 2021/)
    assert.match(result.explanation, /1 February 2023/)
    assert.deepEqual(result.rehabilitationPeriod, { amount: 24, unit: 'months', from: 'end-of-sentence' })
  })

  it('says a serious offence over 4 years is never spent', () => {
    const result = single(ADULT, on('2020-01-01', custodial(5, 'years', { seriousOffence: true })))
    assert.equal(result.rule, 'custodial-serious-offence-over-4-years')
    assert.match(result.explanation, /never spent/)
  })

  it('marks a driving ban as taking no part in drag-through', () => {
    const [ban] = single(
      ADULT,
      on('2020-01-01', { type: 'motoring_disqualification', length: length(1, 'years') }),
    ).disposals
    assert.equal(ban?.participates, false)
    assert.match(ban?.explanation ?? '', /do not extend/)
  })

  it('explains an unpaid compensation order and an order until further order', () => {
    assert.match(single(ADULT, on('2020-01-01', { type: 'compensation_order' })).explanation, /paid in full/)
    const order = single(ADULT, on('2020-01-01', { type: 'community_order', untilFurtherOrder: true }))
    assert.equal(order.rule, 'order-until-further-order')
    assert.match(order.explanation, /no date can be given/)
  })
})
