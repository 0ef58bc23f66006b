/**
 * Properties that hold for any valid input, checked with fast-check over generated records. They come from the
 * Act and the rules file, not from the code: a period never ends before the sentence does, more never means
 * less, youth periods are never longer than adult ones, another conviction can only lengthen others, and the
 * order the records are given in changes no answer.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addMonths, addYears, fromDayNumber, toDayNumber, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { birthday, isUnder18On } from './disclosure-dates.ts'
import { checkDisclosure, type RecordResult } from './disclosure.rules.ts'
import { disclosureInputSchema } from './disclosure.schemas.ts'
import { caution, conviction, type DisposalRequest, type RecordRequest } from './disclosure.test-support.ts'
import { DISPOSAL_TYPES, DISPOSALS, type DisposalType, type LengthUnit } from './disposal-types.ts'
import { isDate, rank, type SpentValue } from './spent-value.ts'

const RUNS = { numRuns: 300 }

const dateBetween = (from: IsoDate, to: IsoDate) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber)

const lengthUpTo = (maxYears: number) =>
  fc.oneof(
    fc.record({ amount: fc.integer({ min: 1, max: maxYears * 365 }), unit: fc.constant<LengthUnit>('days') }),
    fc.record({ amount: fc.integer({ min: 1, max: maxYears * 52 }), unit: fc.constant<LengthUnit>('weeks') }),
    fc.record({ amount: fc.integer({ min: 1, max: maxYears * 12 }), unit: fc.constant<LengthUnit>('months') }),
    fc.record({ amount: fc.integer({ min: 1, max: maxYears }), unit: fc.constant<LengthUnit>('years') }),
  )

const convictionTypes = (youth: boolean) =>
  DISPOSAL_TYPES.filter(type => {
    const { kind, ages } = DISPOSALS[type]
    return kind === 'conviction' && (ages === 'both' || (ages === 'youth') === youth)
  })

function disposalFor(type: DisposalType, date: IsoDate): fc.Arbitrary<DisposalRequest> {
  const listedOffence = fc.boolean()
  switch (DISPOSALS[type].measure) {
    case 'custodial':
      return DISPOSALS[type].maxMonths
        ? fc.record({ type: fc.constant(type), length: lengthUpTo(2), listedOffence })
        : fc.record({ type: fc.constant(type), length: lengthUpTo(6), seriousOffence: fc.boolean(), listedOffence })
    case 'order':
      return fc.oneof(
        fc.record({ type: fc.constant(type), length: lengthUpTo(5) }),
        fc.record({ type: fc.constant(type), endDate: dateBetween(date, addYears(date, 5)) }),
        fc.constant({ type, noEndDate: true }),
        fc.constant({ type, untilFurtherOrder: true }),
      )
    case 'compensation':
      return fc.oneof(
        fc.constant({ type }),
        fc.record({ type: fc.constant(type), compensationPaidDate: dateBetween(date, addYears(date, 3)) }),
      )
    default:
      return fc.record({ type: fc.constant(type), listedOffence })
  }
}

const convictionOn = (date: IsoDate, youth: boolean) =>
  fc
    .array(
      fc.constantFrom(...convictionTypes(youth)).chain(type => disposalFor(type, date)),
      { minLength: 1, maxLength: 3 },
    )
    .map(disposals => conviction(date, ...disposals))

function cautionOn(date: IsoDate, youth: boolean): fc.Arbitrary<RecordRequest> {
  const [simple, conditional] = youth
    ? (['youth_caution', 'youth_conditional_caution'] as const)
    : (['simple_caution', 'conditional_caution'] as const)
  return fc
    .oneof(
      fc.record({ type: fc.constant(simple), listedOffence: fc.boolean() }),
      fc.constant({ type: conditional }),
      fc.record({ type: fc.constant(conditional), conditionsMetDate: dateBetween(date, addMonths(date, 6)) }),
    )
    .map(disposal => caution(date, disposal))
}

// From the 10th birthday as the rules count it: someone born on 29 February turns 10 on 1 March in a common year.
const recordFor = (dateOfBirth: IsoDate, from: IsoDate = '1995-01-01', to: IsoDate = '2025-12-31') =>
  dateBetween(birthday(dateOfBirth, 10) > from ? birthday(dateOfBirth, 10) : from, to).chain(date => {
    const youth = isUnder18On(dateOfBirth, date)
    return fc.oneof(
      { arbitrary: convictionOn(date, youth), weight: 4 },
      { arbitrary: cautionOn(date, youth), weight: 1 },
    )
  })

const inputsOf = (born: fc.Arbitrary<IsoDate>, from?: IsoDate, to?: IsoDate) =>
  born.chain(dateOfBirth =>
    fc.record({
      dateOfBirth: fc.constant(dateOfBirth),
      records: fc.array(recordFor(dateOfBirth, from, to), { minLength: 1, maxLength: 6 }),
    }),
  )

const inputs = inputsOf(dateBetween('1970-01-01', '2008-12-31'))

/** Records within ten years, so that most periods overlap and chains form; born early enough for all of them. */
const crowded = inputsOf(dateBetween('1970-01-01', '1994-12-31'), '2005-01-01', '2014-12-31')

/** Any conviction within the crowded years, one in three a sentence that is never spent. */
const anyConviction = (dateOfBirth: IsoDate) =>
  dateBetween('2005-01-01', '2014-12-31').chain(date =>
    fc.oneof(
      { arbitrary: convictionOn(date, isUnder18On(dateOfBirth, date)), weight: 2 },
      {
        arbitrary: fc.constant(
          conviction(date, { type: 'custodial_sentence', length: { amount: 5, unit: 'years' }, seriousOffence: true }),
        ),
        weight: 1,
      },
    ),
  )

const run = (request: { dateOfBirth: IsoDate; records: RecordRequest[] }) =>
  checkDisclosure(disclosureInputSchema.parse(request)).records

const later = (a: SpentValue, b: SpentValue) => order(a) >= order(b)
const order = (value: SpentValue) => (value === 'immediately' ? Number.NEGATIVE_INFINITY : rank(value))

describe('properties of checkDisclosure', () => {
  it('accepts every generated input and answers one record per record, in order', () => {
    fc.assert(
      fc.property(inputs, request => {
        const results = run(request)
        assert.equal(results.length, request.records.length)
        results.forEach((result, i) => assert.equal(result.date, request.records[i]?.date))
      }),
      RUNS,
    )
  })

  it('never gives a spent date before the end of the sentence, nor before the conviction', () => {
    fc.assert(
      fc.property(inputs, request => {
        for (const result of run(request)) {
          for (const disposal of result.disposals) {
            if (disposal.sentenceEnds && isDate(disposal.spent)) assert.ok(disposal.spent >= disposal.sentenceEnds)
            if (disposal.sentenceEnds) assert.ok(later(result.spent, disposal.sentenceEnds))
          }
          if (isDate(result.spent)) assert.ok(result.spent >= result.date)
        }
      }),
      RUNS,
    )
  })

  it('gives a conviction at least the longest of its own disposals, and drag-through only lengthens it', () => {
    fc.assert(
      fc.property(inputs, request => {
        for (const result of run(request).filter(r => r.kind === 'conviction')) {
          for (const disposal of result.disposals) assert.ok(later(result.ownSpent, disposal.spent))
          assert.ok(result.disposals.some(d => d.spent === result.ownSpent))
          assert.ok(later(result.spent, result.ownSpent))
          assert.equal(result.extendedBy === null, result.spent === result.ownSpent)
        }
      }),
      RUNS,
    )
  })

  it('answers "immediately" only for simple and youth cautions', () => {
    fc.assert(
      fc.property(inputs, request => {
        run(request).forEach((result, i) => {
          const types = request.records[i]?.disposals.map(d => d.type)
          const simple = types?.length === 1 && (types[0] === 'simple_caution' || types[0] === 'youth_caution')
          assert.equal(result.spent === 'immediately', simple)
        })
      }),
      RUNS,
    )
  })

  it('leaves cautions untouched by other records', () => {
    fc.assert(
      fc.property(inputs, request => {
        run(request).forEach((result, i) => {
          const record = request.records[i]
          if (record?.kind !== 'caution') return
          const alone = run({ dateOfBirth: request.dateOfBirth, records: [record] })[0]
          assert.deepEqual(result, alone)
        })
      }),
      RUNS,
    )
  })

  it('spends a conditional caution on the earlier of the conditions ending and 3 months', () => {
    fc.assert(
      fc.property(inputs, request => {
        run(request).forEach((result, i) => {
          const disposal = request.records[i]?.disposals[0]
          if (!disposal || !/conditional_caution$/.test(disposal.type)) return
          const threeMonths = addMonths(result.date, 3)
          const met = disposal.conditionsMetDate
          assert.equal(result.spent, met && met < threeMonths ? met : threeMonths)
        })
      }),
      RUNS,
    )
  })

  it('never filters a conviction from standard and enhanced checks before it is spent', () => {
    fc.assert(
      fc.property(inputs, request => {
        for (const result of run(request).filter(r => r.kind === 'conviction')) {
          const { filteredFrom } = result.filtering
          if (!isDate(filteredFrom)) continue
          assert.ok(isDate(result.spent) && filteredFrom >= result.spent)
          assert.ok(filteredFrom >= addMonths(result.date, result.youth ? 66 : 132))
        }
      }),
      RUNS,
    )
  })
})

describe('the order of the records', () => {
  it('gives each record the same answer whatever order the records are given in', () => {
    const reordered = crowded.chain(request =>
      fc.record({
        request: fc.constant(request),
        order: fc.shuffledSubarray(
          request.records.map((_, i) => i),
          { minLength: request.records.length },
        ),
      }),
    )
    fc.assert(
      fc.property(reordered, ({ request, order }) => {
        const given = run(request)
        const shuffled = run({ ...request, records: order.map(i => request.records[i] as RecordRequest) })
        order.forEach((from, to) => assert.equal(shuffled[to]?.spent, given[from]?.spent, `record ${from}`))
      }),
      RUNS,
    )
  })
})

describe('monotonic properties', () => {
  const custodialCase = fc.record({
    dateOfBirth: dateBetween('1970-01-01', '2008-12-31'),
    date: dateBetween('2019-01-01', '2025-12-31'),
    unit: fc.constantFrom<LengthUnit>('days', 'weeks', 'months', 'years'),
    amounts: fc.tuple(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 80 })),
    seriousOffence: fc.boolean(),
  })

  it('never spends a longer custodial sentence earlier than a shorter one in the same unit', () => {
    fc.assert(
      fc.property(custodialCase, ({ dateOfBirth, date, unit, amounts, seriousOffence }) => {
        const [shorter, longer] = [Math.min(...amounts), Math.max(...amounts)]
        const spentFor = (amount: number) =>
          run({
            dateOfBirth,
            records: [conviction(date, { type: 'custodial_sentence', length: { amount, unit }, seriousOffence })],
          })[0]?.spent ?? 'never'
        assert.ok(later(spentFor(longer), spentFor(shorter)))
      }),
      RUNS,
    )
  })

  it('never spends a longer order earlier than a shorter one in the same unit', () => {
    fc.assert(
      fc.property(custodialCase, ({ dateOfBirth, date, unit, amounts }) => {
        const [shorter, longer] = [Math.min(...amounts), Math.max(...amounts)]
        const spentFor = (amount: number) =>
          run({ dateOfBirth, records: [conviction(date, { type: 'bind_over', length: { amount, unit } })] })[0]
            ?.spent ?? 'never'
        assert.ok(later(spentFor(longer), spentFor(shorter)))
      }),
      RUNS,
    )
  })

  it('never makes another record spent sooner by adding a conviction, on any date and of any sentence', () => {
    const withExtra = crowded.chain(request =>
      fc.record({
        request: fc.constant(request),
        extra: anyConviction(request.dateOfBirth),
        at: fc.nat({ max: request.records.length }),
      }),
    )
    fc.assert(
      fc.property(withExtra, ({ request, extra, at }) => {
        const before = run(request)
        const after = run({
          ...request,
          records: [...request.records.slice(0, at), extra, ...request.records.slice(at)],
        })
        before.forEach((result, i) => {
          const now = after[i < at ? i : i + 1] as RecordResult
          assert.ok(later(now.spent, result.spent), `record ${i}: ${result.spent} became ${now.spent}`)
        })
      }),
      RUNS,
    )
  })

  it('never gives someone under 18 a longer period than an adult for the same disposal', () => {
    const bothAges = DISPOSAL_TYPES.filter(
      type => DISPOSALS[type].kind === 'conviction' && DISPOSALS[type].ages === 'both',
    )
    const sameDisposal = dateBetween('2000-01-01', '2025-12-31').chain(date =>
      fc.record({
        date: fc.constant(date),
        disposal: fc.constantFrom(...bothAges).chain(type => disposalFor(type, date)),
      }),
    )
    fc.assert(
      fc.property(sameDisposal, ({ date, disposal }) => {
        const youth = run({ dateOfBirth: addYears(date, -15), records: [conviction(date, disposal)] })[0]
        const adult = run({ dateOfBirth: addYears(date, -30), records: [conviction(date, disposal)] })[0]
        assert.ok(
          youth && adult && later(adult.spent, youth.spent),
          `${youth?.spent} for a youth, ${adult?.spent} for an adult`,
        )
        assert.equal(youth.youth, true)
        assert.equal(adult.youth, false)
      }),
      RUNS,
    )
  })

  it('never gives a detention and training order a longer period than the same term of adult prison', () => {
    const terms = fc.record({ date: dateBetween('2000-01-01', '2025-12-31'), length: lengthUpTo(2) })
    fc.assert(
      fc.property(terms, ({ date, length }) => {
        const dto = run({
          dateOfBirth: addYears(date, -15),
          records: [conviction(date, { type: 'detention_and_training_order', length })],
        })[0]
        const prison = run({
          dateOfBirth: addYears(date, -30),
          records: [conviction(date, { type: 'custodial_sentence', length })],
        })[0]
        assert.ok(dto && prison && later(prison.spent, dto.spent))
      }),
      RUNS,
    )
  })
})
