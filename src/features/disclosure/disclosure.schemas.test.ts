/**
 * Bad input is refused with an issue whose path names the field and whose message says what to fix.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { disclosureInputSchema, type DisclosureRequest } from './disclosure.schemas.ts'
import { ADULT, caution, conviction, custodial, length, YOUTH, type RecordRequest } from './disclosure.test-support.ts'

/** The issues as "path: message", in order. */
function issues(input: unknown): string[] {
  const result = disclosureInputSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`)
}

const request = (records: RecordRequest[], dateOfBirth = ADULT): DisclosureRequest => ({ dateOfBirth, records })
const only = (record: RecordRequest, dateOfBirth = ADULT) => issues(request([record], dateOfBirth))
const first = (record: RecordRequest, dateOfBirth = ADULT) => only(record, dateOfBirth)[0] ?? ''

describe('disclosureInputSchema: good input', () => {
  it('accepts the example of issue 7', () => {
    const example = {
      dateOfBirth: '1990-05-01',
      records: [
        {
          kind: 'conviction',
          date: '2016-03-10',
          disposals: [{ type: 'custodial_sentence', length: { amount: 18, unit: 'months' } }, { type: 'fine' }],
        },
        { kind: 'caution', date: '2019-07-01', disposals: [{ type: 'simple_caution' }] },
      ],
    }
    assert.deepEqual(issues(example), [])
  })

  it('accepts null and false for fields not given', () => {
    const record = conviction('2020-01-01', {
      type: 'community_order',
      length: length(1, 'years'),
      endDate: null,
      noEndDate: false,
      untilFurtherOrder: null,
      compensationPaidDate: null,
      conditionsMetDate: null,
      seriousOffence: false,
      listedOffence: null,
    })
    assert.deepEqual(only(record), [])
  })

  it('accepts every order way of saying how long it lasts, one at a time', () => {
    for (const given of [
      { length: length(6, 'months') },
      { endDate: '2020-06-01' },
      { noEndDate: true },
      { untilFurtherOrder: true },
    ]) {
      assert.deepEqual(only(conviction('2020-01-01', { type: 'bind_over', ...given })), [])
    }
  })

  it('accepts an end date on the day of the conviction, and a suspended sentence of exactly 24 months', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'community_order', endDate: '2020-01-01' })), [])
    assert.deepEqual(only(conviction('2020-01-01', { type: 'suspended_sentence', length: length(24, 'months') })), [])
    assert.deepEqual(only(conviction('2020-01-01', { type: 'suspended_sentence', length: length(2, 'years') })), [])
  })

  it('accepts seriousOffence on a custodial sentence of 4 years or less (it has no effect)', () => {
    assert.deepEqual(only(conviction('2020-01-01', custodial(3, 'years', { seriousOffence: true }))), [])
  })
})

describe('disclosureInputSchema: missing or malformed fields', () => {
  it('names a missing date of birth', () => {
    assert.deepEqual(issues({ records: [conviction('2020-01-01', { type: 'fine' })] }), [
      'dateOfBirth: Enter the date of birth',
    ])
  })

  it('refuses a date that is not a real calendar date', () => {
    for (const date of ['2021-02-29', '2020-13-01', '20-01-2020', '2020-1-1', '']) {
      assert.deepEqual(issues(request([conviction('2020-01-01', { type: 'fine' })], date)), [
        'dateOfBirth: Date of birth must be a real date in the format YYYY-MM-DD, like 2016-03-10',
      ])
    }
  })

  it('refuses dates outside 1900 to 2199', () => {
    assert.deepEqual(issues(request([conviction('2020-01-01', { type: 'fine' })], '1899-12-31')), [
      'dateOfBirth: Date of birth must be between 1900 and 2199',
    ])
    assert.deepEqual(
      first(conviction('2200-01-01', { type: 'fine' })),
      'records.0.date: Date of the conviction or caution must be between 1900 and 2199',
    )
  })

  it('asks for at least one record', () => {
    assert.deepEqual(issues({ dateOfBirth: ADULT }), ['records: Add at least one caution or conviction'])
    assert.deepEqual(issues({ dateOfBirth: ADULT, records: [] }), ['records: Add at least one caution or conviction'])
    assert.deepEqual(issues({ dateOfBirth: ADULT, records: 'none' }), ['records: Send the records as a list'])
  })

  it('asks for the kind, the date and a disposal', () => {
    assert.deepEqual(
      issues(request([{ date: '2020-01-01', disposals: [{ type: 'fine' }] } as unknown as RecordRequest])),
      ['records.0.kind: Enter whether this is a conviction or a caution'],
    )
    assert.deepEqual(
      issues(
        request([{ kind: 'sentence', date: '2020-01-01', disposals: [{ type: 'fine' }] } as unknown as RecordRequest]),
      ),
      ['records.0.kind: The kind must be conviction or caution'],
    )
    assert.deepEqual(
      issues(request([{ kind: 'conviction', disposals: [{ type: 'fine' }] } as unknown as RecordRequest])),
      ['records.0.date: Enter the date of the conviction or caution'],
    )
    assert.deepEqual(only(conviction('2020-01-01')), ['records.0.disposals: Add the sentence, or the type of caution'])
  })

  it('refuses an unknown type, naming the field and the choices', () => {
    const [issue] = only(conviction('2020-01-01', { type: 'caning' } as unknown as Parameters<typeof conviction>[1]))
    assert.match(issue ?? '', /^records\.0\.disposals\.0\.type: The type must be one of: custodial_sentence, /)
    assert.deepEqual(only(conviction('2020-01-01', {} as unknown as Parameters<typeof conviction>[1])), [
      'records.0.disposals.0.type: Enter the type of sentence or caution',
    ])
  })

  it('refuses fields the contract does not have, naming them', () => {
    const record = conviction('2020-01-01', { type: 'fine', amount: 200 } as unknown as Parameters<
      typeof conviction
    >[1])
    assert.deepEqual(only(record), ['records.0.disposals.0: Remove "amount": a sentence or caution has no such field'])
    assert.deepEqual(issues({ ...request([conviction('2020-01-01', { type: 'fine' })]), name: 'x' }), [
      ': Remove "name": the check has no such field',
    ])
  })

  it('refuses a bad length, naming the part', () => {
    const withLength = (value: unknown) =>
      first(
        conviction('2020-01-01', { type: 'custodial_sentence', length: value } as unknown as Parameters<
          typeof conviction
        >[1]),
      )
    assert.equal(
      withLength({ amount: 0, unit: 'months' }),
      'records.0.disposals.0.length.amount: The length must be at least 1',
    )
    assert.equal(
      withLength({ amount: -3, unit: 'months' }),
      'records.0.disposals.0.length.amount: The length must be at least 1',
    )
    assert.equal(
      withLength({ amount: 1.5, unit: 'years' }),
      'records.0.disposals.0.length.amount: Enter the length as a whole number',
    )
    assert.equal(
      withLength({ amount: '6', unit: 'months' }),
      'records.0.disposals.0.length.amount: The length must be a number',
    )
    assert.equal(withLength({ unit: 'months' }), 'records.0.disposals.0.length.amount: Enter the length as a number')
    assert.equal(
      withLength({ amount: 2, unit: 'fortnights' }),
      'records.0.disposals.0.length.unit: The unit of the length must be days, weeks, months or years',
    )
    assert.equal(
      withLength(18),
      'records.0.disposals.0.length: Send the length, like { "amount": 18, "unit": "months" }, as a JSON object',
    )
    assert.equal(
      withLength({ amount: 101, unit: 'years' }),
      'records.0.disposals.0.length: The length must be 100 years or less',
    )
  })

  it('refuses a flag that is not true or false', () => {
    const record = conviction('2020-01-01', { type: 'community_order', noEndDate: 'yes' } as unknown as Parameters<
      typeof conviction
    >[1])
    assert.equal(first(record), 'records.0.disposals.0.noEndDate: noEndDate must be true or false')
  })
})

describe('disclosureInputSchema: contradictions', () => {
  it('refuses a custodial sentence with no length', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'custodial_sentence' })), [
      'records.0.disposals.0.length: Enter the length of the custodial sentence',
    ])
    assert.deepEqual(only(conviction('2020-01-01', { type: 'suspended_sentence' })), [
      'records.0.disposals.0.length: Enter the length of the suspended sentence',
    ])
  })

  it('refuses an end date, no end date or until further order on a custodial sentence', () => {
    assert.deepEqual(only(conviction('2020-01-01', custodial(6, 'months', { endDate: '2020-07-01' }))), [
      'records.0.disposals.0.endDate: Give the length of the custodial sentence in full, not an end date',
    ])
    assert.deepEqual(only(conviction('2020-01-01', { type: 'custodial_sentence', untilFurtherOrder: true })), [
      'records.0.disposals.0.length: Enter the length of the custodial sentence',
      'records.0.disposals.0.untilFurtherOrder: A custodial sentence cannot last until further order: remove untilFurtherOrder and enter the length',
    ])
    assert.deepEqual(only(conviction('2020-01-01', custodial(6, 'months', { noEndDate: true }))), [
      'records.0.disposals.0.noEndDate: A custodial sentence always has a length: remove noEndDate and enter the length',
    ])
  })

  it('refuses a suspended sentence or a detention and training order over 24 months', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'suspended_sentence', length: length(25, 'months') })), [
      'records.0.disposals.0.length: A suspended sentence can be at most 24 months: check the length',
    ])
    assert.deepEqual(
      only(conviction('2020-01-01', { type: 'detention_and_training_order', length: length(105, 'weeks') }), YOUTH),
      ['records.0.disposals.0.length: A detention and training order can be at most 24 months: check the length'],
    )
    assert.deepEqual(only(conviction('2020-01-01', { type: 'suspended_sentence', length: length(731, 'days') })), [
      'records.0.disposals.0.length: A suspended sentence can be at most 24 months: check the length',
    ])
  })

  it('refuses an order with nothing to say how long it lasts', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'community_order' })), [
      'records.0.disposals.0.length: Enter how long the community order lasts: a length or an end date, or say it has no end date or lasts until further order',
    ])
  })

  it('refuses both a length and an end date, naming the second', () => {
    assert.deepEqual(
      only(conviction('2020-01-01', { type: 'community_order', length: length(1, 'years'), endDate: '2021-01-01' })),
      [
        'records.0.disposals.0.endDate: Give only one of a length, an end date, no end date or until further order for the community order',
      ],
    )
    assert.deepEqual(
      only(conviction('2020-01-01', { type: 'hospital_order', noEndDate: true, untilFurtherOrder: true })),
      [
        'records.0.disposals.0.untilFurtherOrder: Give only one of a length, an end date, no end date or until further order for the hospital order',
      ],
    )
  })

  it('refuses an end date before the conviction', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'community_order', endDate: '2019-12-31' })), [
      'records.0.disposals.0.endDate: The end date of the community order must be on or after the date of the conviction',
    ])
  })

  it('refuses a length or end date on a fine, discharge, endorsement or caution', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'fine', length: length(1, 'years') })), [
      'records.0.disposals.0.length: A fine has no length: remove it',
    ])
    assert.deepEqual(only(conviction('2020-01-01', { type: 'absolute_discharge', endDate: '2020-02-01' })), [
      'records.0.disposals.0.endDate: An absolute discharge has no end date: remove it',
    ])
    assert.deepEqual(only(conviction('2020-01-01', { type: 'motoring_endorsement', noEndDate: true })), [
      'records.0.disposals.0.noEndDate: Remove noEndDate: it is only for an order, not a motoring endorsement',
    ])
    assert.deepEqual(only(conviction('2020-01-01', { type: 'compensation_order', length: length(1, 'years') })), [
      'records.0.disposals.0.length: A compensation order has no length: remove it, and give the date it was paid in full, if it has been',
    ])
    assert.deepEqual(only(caution('2020-01-01', { type: 'conditional_caution', untilFurtherOrder: true })), [
      'records.0.disposals.0.untilFurtherOrder: Remove untilFurtherOrder: it is only for an order, not a conditional caution',
    ])
  })

  it('refuses a paid date or conditions date on the wrong disposal, or before the record', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'fine', compensationPaidDate: '2020-02-01' })), [
      'records.0.disposals.0.compensationPaidDate: Only a compensation order has a date paid in full: remove compensationPaidDate',
    ])
    assert.deepEqual(
      only(conviction('2020-01-01', { type: 'compensation_order', compensationPaidDate: '2019-12-31' })),
      [
        'records.0.disposals.0.compensationPaidDate: The date the compensation was paid must be on or after the date of the conviction',
      ],
    )
    assert.deepEqual(only(caution('2020-01-01', { type: 'simple_caution', conditionsMetDate: '2020-02-01' })), [
      'records.0.disposals.0.conditionsMetDate: Only a conditional caution has a date the conditions ended: remove conditionsMetDate',
    ])
    assert.deepEqual(only(caution('2020-01-01', { type: 'conditional_caution', conditionsMetDate: '2019-12-01' })), [
      'records.0.disposals.0.conditionsMetDate: The date the conditions ended must be on or after the date of the caution',
    ])
  })

  it('refuses seriousOffence on anything but a custodial sentence', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'fine', seriousOffence: true })), [
      'records.0.disposals.0.seriousOffence: Only a custodial sentence can be for a serious (Schedule 18) offence: remove seriousOffence',
    ])
  })

  it('refuses a record dated on or before the date of birth, or before the 10th birthday', () => {
    assert.deepEqual(only(conviction('1969-12-31', { type: 'fine' })), [
      'records.0.date: The date of the conviction must be after the date of birth',
    ])
    assert.deepEqual(only(caution(ADULT, { type: 'simple_caution' })), [
      'records.0.date: The date of the caution must be after the date of birth',
    ])
    assert.deepEqual(only(conviction('1979-12-31', { type: 'fine' })), [
      'records.0.date: The person was under 10 on the date of the conviction, too young to be convicted or cautioned: check the date of birth and the date of the conviction',
    ])
    assert.deepEqual(only(conviction('1980-01-01', { type: 'fine' })), [])
  })

  it('refuses a caution type on a conviction, and a sentence on a caution', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'simple_caution' })), [
      'records.0.disposals.0.type: A simple caution is a caution, not a sentence: enter it as a caution, with kind "caution"',
    ])
    assert.deepEqual(only(caution('2020-01-01', { type: 'fine' })), [
      'records.0.disposals.0.type: A fine is a sentence, not a caution: a caution is a simple caution, conditional caution, youth caution or youth conditional caution',
    ])
  })

  it('refuses a caution with two disposals', () => {
    const record: RecordRequest = {
      kind: 'caution',
      date: '2020-01-01',
      disposals: [{ type: 'simple_caution' }, { type: 'simple_caution' }],
    }
    assert.deepEqual(only(record), [
      'records.0.disposals: A caution has one type only: enter each caution as its own record',
    ])
  })

  it('refuses a youth-only disposal for an adult, naming the age', () => {
    for (const type of ['referral_order', 'youth_rehabilitation_order'] as const) {
      assert.match(
        first(conviction('2020-01-01', { type, noEndDate: true })),
        /^records\.0\.disposals\.0\.type: An? [a-z ]+ is only given to someone under 18, but the person was 50 on the date of the conviction/,
      )
    }
    assert.match(
      first(conviction('2020-01-01', { type: 'detention_and_training_order', length: length(4, 'months') })),
      /only given to someone under 18/,
    )
    assert.match(
      first(caution('2020-01-01', { type: 'youth_caution' })),
      /^records\.0\.disposals\.0\.type: A youth caution is only given to someone under 18/,
    )
    assert.match(first(caution('2020-01-01', { type: 'youth_conditional_caution' })), /only given to someone under 18/)
  })

  it('refuses an adult-only disposal for someone under 18, naming the age', () => {
    assert.deepEqual(only(conviction('2020-01-01', { type: 'community_order', noEndDate: true }), YOUTH), [
      'records.0.disposals.0.type: A community order is only given to someone aged 18 or over, but the person was 14 on the date of the conviction: check the date of birth and the date of the conviction',
    ])
    assert.match(
      first(conviction('2020-01-01', { type: 'suspended_sentence', length: length(6, 'months') }), YOUTH),
      /aged 18 or over/,
    )
    assert.match(first(caution('2020-01-01', { type: 'simple_caution' }), YOUTH), /aged 18 or over/)
    assert.match(first(caution('2020-01-01', { type: 'conditional_caution' }), YOUTH), /aged 18 or over/)
  })

  it('decides the age on the record date: the day before the 18th birthday is under 18', () => {
    assert.deepEqual(only(conviction('2023-06-14', { type: 'referral_order', noEndDate: true }), YOUTH), [])
    assert.match(first(conviction('2023-06-15', { type: 'referral_order', noEndDate: true }), YOUTH), /under 18/)
    assert.deepEqual(only(conviction('2023-06-15', { type: 'community_order', noEndDate: true }), YOUTH), [])
  })

  it('reports every problem, each under its own record and disposal', () => {
    const result = issues(
      request([
        conviction('2020-01-01', { type: 'fine' }),
        conviction('2020-01-01', { type: 'fine' }, { type: 'custodial_sentence' }),
        caution('1960-01-01', { type: 'simple_caution' }),
      ]),
    )
    assert.deepEqual(result, [
      'records.1.disposals.1.length: Enter the length of the custodial sentence',
      'records.2.date: The date of the caution must be after the date of birth',
    ])
  })
})
