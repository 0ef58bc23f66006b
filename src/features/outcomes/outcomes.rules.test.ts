import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { ACCOMMODATION_CATEGORIES } from '../../platform/case/accommodation.ts'
import {
  gapAgainstRest,
  isWorseGap,
  MEASURE_BY_KEY,
  tally,
  wilson,
  type MeasureKey,
  type ReleaseRecord,
} from './outcomes.rules.ts'

const TODAY = '2026-11-23'

export function release(extra: Partial<ReleaseRecord> = {}): ReleaseRecord {
  return {
    releaseDate: '2026-01-15',
    firstNight: 'settled',
    accommodation3Months: null,
    employment6Weeks: null,
    employment6Months: null,
    treatmentNeed: false,
    treatmentStartDate: null,
    idHeld: false,
    bankAccount: false,
    comAtWindowStart: null,
    otherComInWindow: false,
    recallBreachDate: null,
    licenceEndDate: null,
    ...extra,
  }
}

const count = (key: MeasureKey, r: ReleaseRecord, today = TODAY) => MEASURE_BY_KEY[key].count(r, today)

describe('housed on release', () => {
  it('counts settled and temporary accommodation as housed, homelessness as not, and leaves unknown out', () => {
    const expected = {
      settled: 'met',
      'bail-probation': 'met',
      'other-unsettled': 'met',
      'rough-sleeping': 'not-met',
      'other-homeless': 'not-met',
      unknown: 'excluded',
    } as const
    for (const firstNight of ACCOMMODATION_CATEGORIES)
      assert.equal(count('housed-on-release', release({ firstNight })), expected[firstNight], firstNight)
  })

  it('counts a person released twice twice', () => {
    const twice = [
      release({ releaseDate: '2026-01-01' }),
      release({ releaseDate: '2026-06-01', firstNight: 'rough-sleeping' }),
    ]
    assert.deepEqual(tally(MEASURE_BY_KEY['housed-on-release'], twice, TODAY), { numerator: 1, denominator: 2 })
  })

  it('counts on the day of release', () => {
    assert.equal(count('housed-on-release', release({ releaseDate: TODAY }), TODAY), 'met')
  })
})

describe('settled at 3 months', () => {
  it('counts only settled accommodation as met, once the 3 months have passed', () => {
    for (const accommodation3Months of ACCOMMODATION_CATEGORIES) {
      const expected =
        accommodation3Months === 'unknown' ? 'excluded' : accommodation3Months === 'settled' ? 'met' : 'not-met'
      assert.equal(count('settled-3-months', release({ accommodation3Months })), expected)
    }
  })

  it('leaves out a release not yet due, to the day (calendar months, clamped)', () => {
    const r = release({ releaseDate: '2026-05-31', accommodation3Months: 'settled' })
    assert.equal(count('settled-3-months', r, '2026-08-30'), 'excluded')
    assert.equal(count('settled-3-months', r, '2026-08-31'), 'met')
    const nov = release({ releaseDate: '2025-11-30', accommodation3Months: 'settled' })
    assert.equal(count('settled-3-months', nov, '2026-02-27'), 'excluded')
    assert.equal(count('settled-3-months', nov, '2026-02-28'), 'met')
  })

  it('leaves out a follow-up due but not recorded', () => {
    assert.equal(count('settled-3-months', release({ accommodation3Months: null })), 'excluded')
  })
})

describe('in employment at 6 weeks and 6 months', () => {
  const statuses = ['employed', 'education-training', 'not-working', 'unavailable', 'unknown'] as const
  const expected = {
    employed: 'met',
    'education-training': 'not-met',
    'not-working': 'not-met',
    unavailable: 'excluded',
    unknown: 'excluded',
  } as const
  it('counts employment; leaves out people unavailable for work and unknown status', () => {
    for (const s of statuses) {
      assert.equal(count('employed-6-weeks', release({ employment6Weeks: s })), expected[s], s)
      assert.equal(count('employed-6-months', release({ employment6Months: s })), expected[s], s)
    }
  })

  it('reads each follow-up for its own measure only', () => {
    const r = release({ employment6Weeks: 'employed', employment6Months: 'not-working' })
    assert.equal(count('employed-6-weeks', r), 'met')
    assert.equal(count('employed-6-months', r), 'not-met')
  })

  it('leaves out releases not yet due: 6 weeks is 42 days, 6 months calendar months', () => {
    const r = release({ releaseDate: '2026-10-12', employment6Weeks: 'employed' })
    assert.equal(count('employed-6-weeks', r, '2026-11-22'), 'excluded')
    assert.equal(count('employed-6-weeks', r, '2026-11-23'), 'met')
    const m = release({ releaseDate: '2026-05-23', employment6Months: 'employed' })
    assert.equal(count('employed-6-months', m, '2026-11-22'), 'excluded')
    assert.equal(count('employed-6-months', m, '2026-11-23'), 'met')
  })
})

describe('treatment within 3 weeks', () => {
  it('counts only releases with a treatment need', () => {
    assert.equal(count('treatment-3-weeks', release({ treatmentStartDate: '2026-01-20' })), 'excluded')
  })

  it('meets it on the 21st day after release and not the 22nd', () => {
    const need = { treatmentNeed: true, releaseDate: '2026-01-15' }
    assert.equal(count('treatment-3-weeks', release({ ...need, treatmentStartDate: '2026-02-05' })), 'met')
    assert.equal(count('treatment-3-weeks', release({ ...need, treatmentStartDate: '2026-02-06' })), 'not-met')
    assert.equal(count('treatment-3-weeks', release({ ...need, treatmentStartDate: '2026-01-15' })), 'met')
  })

  it('counts a start inside the 3 weeks at once; otherwise waits for the 3 weeks, then counts not started', () => {
    const need = { treatmentNeed: true, releaseDate: '2026-11-10' }
    assert.equal(count('treatment-3-weeks', release({ ...need, treatmentStartDate: '2026-11-12' })), 'met')
    assert.equal(count('treatment-3-weeks', release(need)), 'excluded')
    assert.equal(count('treatment-3-weeks', release(need), '2026-12-01'), 'not-met')
  })
})

describe('released with ID and with a bank account', () => {
  it('counts every release, met when the item is met', () => {
    assert.equal(count('released-with-id', release({ idHeld: true })), 'met')
    assert.equal(count('released-with-id', release({ firstNight: 'unknown' })), 'not-met')
    assert.equal(count('released-with-bank-account', release({ bankAccount: true })), 'met')
    assert.equal(count('released-with-bank-account', release({ idHeld: true })), 'not-met')
  })
})

describe('same COM through release', () => {
  it('needs a COM 12 weeks before and no other until 12 weeks after, once those 12 weeks have passed', () => {
    const kept = release({ releaseDate: '2026-08-31', comAtWindowStart: 'com-1' })
    assert.equal(count('same-com', kept, '2026-11-22'), 'excluded')
    assert.equal(count('same-com', kept, '2026-11-23'), 'met')
    assert.equal(count('same-com', release({ comAtWindowStart: 'com-1', otherComInWindow: true })), 'not-met')
    assert.equal(count('same-com', release({ comAtWindowStart: null })), 'not-met')
  })
})

describe('a licence that ended before a follow-up fell due', () => {
  // Released 15 January 2026: 3 weeks end 5 February, 6 weeks 26 February, 12 weeks 9 April, 3 months 15 April,
  // 6 months 15 July. A licence that ends on a due date still covers it (the person is on licence that day).
  const ended = (licenceEndDate: string, extra: Partial<ReleaseRecord> = {}) => release({ licenceEndDate, ...extra })

  it('leaves the follow-ups out when the licence ended the day before they fell due, whatever was recorded', () => {
    assert.equal(count('settled-3-months', ended('2026-04-14', { accommodation3Months: 'settled' })), 'excluded')
    assert.equal(count('settled-3-months', ended('2026-04-15', { accommodation3Months: 'settled' })), 'met')
    assert.equal(count('employed-6-weeks', ended('2026-02-25', { employment6Weeks: 'employed' })), 'excluded')
    assert.equal(count('employed-6-weeks', ended('2026-02-26', { employment6Weeks: 'employed' })), 'met')
    assert.equal(count('employed-6-months', ended('2026-07-14', { employment6Months: 'not-working' })), 'excluded')
    assert.equal(count('employed-6-months', ended('2026-07-15', { employment6Months: 'not-working' })), 'not-met')
  })

  it('still counts treatment started before a short licence ended, and leaves out one that ended untreated', () => {
    const need = { treatmentNeed: true }
    assert.equal(count('treatment-3-weeks', ended('2026-02-04', need)), 'excluded')
    assert.equal(count('treatment-3-weeks', ended('2026-02-05', need)), 'not-met')
    assert.equal(count('treatment-3-weeks', ended('2026-02-03', { ...need, treatmentStartDate: '2026-02-01' })), 'met')
  })

  it('leaves continuity out when the licence ended inside the 12 weeks after release', () => {
    const kept = { comAtWindowStart: 'com-1' }
    assert.equal(count('same-com', ended('2026-04-08', kept)), 'excluded')
    assert.equal(count('same-com', ended('2026-04-09', kept)), 'met')
  })

  it('closes the recall window with the licence, so a short licence is counted when it ends', () => {
    const short = ended('2026-03-01')
    assert.equal(count('recalled-6-months', short, '2026-02-28'), 'excluded')
    assert.equal(count('recalled-6-months', short, '2026-03-01'), 'not-met')
    assert.equal(
      count('recalled-6-months', ended('2026-03-01', { recallBreachDate: '2026-02-10' }), '2026-03-01'),
      'met',
    )
    assert.equal(count('recalled-6-months', ended('2027-01-15', { recallBreachDate: '2026-07-16' })), 'not-met')
  })

  it('changes nothing measured on the day of release', () => {
    const r = ended('2026-01-16', { firstNight: 'rough-sleeping', idHeld: true })
    assert.equal(count('housed-on-release', r), 'not-met')
    assert.equal(count('released-with-id', r), 'met')
    assert.equal(count('released-with-bank-account', r), 'not-met')
  })
})

describe('recalled within 6 months', () => {
  it('counts a recall on a breach up to 6 months after release, once 6 months have passed', () => {
    const r = { releaseDate: '2026-01-15' }
    assert.equal(count('recalled-6-months', release({ ...r, recallBreachDate: '2026-07-15' })), 'met')
    assert.equal(count('recalled-6-months', release({ ...r, recallBreachDate: '2026-07-16' })), 'not-met')
    assert.equal(count('recalled-6-months', release(r)), 'not-met')
    assert.equal(
      count('recalled-6-months', release({ releaseDate: '2026-06-01', recallBreachDate: '2026-06-10' })),
      'excluded',
    )
    assert.equal(MEASURE_BY_KEY['recalled-6-months'].higherIsBetter, false)
  })
})

describe('the tally', () => {
  it('never counts more met than counted, nor more counted than records', () => {
    const anyRecord = fc.record({
      releaseDate: fc.constantFrom('2025-12-31', '2026-03-01', '2026-10-30', '2026-11-23'),
      firstNight: fc.constantFrom(...ACCOMMODATION_CATEGORIES),
      accommodation3Months: fc.constantFrom(null, ...ACCOMMODATION_CATEGORIES),
      employment6Weeks: fc.constantFrom(null, 'employed', 'not-working', 'unavailable', 'unknown'),
      employment6Months: fc.constantFrom(null, 'employed', 'education-training', 'unknown'),
      treatmentNeed: fc.boolean(),
      treatmentStartDate: fc.constantFrom(null, '2026-03-05', '2026-11-23'),
      idHeld: fc.boolean(),
      bankAccount: fc.boolean(),
      comAtWindowStart: fc.constantFrom(null, 'a'),
      otherComInWindow: fc.boolean(),
      recallBreachDate: fc.constantFrom(null, '2026-04-01'),
    }) as fc.Arbitrary<ReleaseRecord>
    fc.assert(
      fc.property(
        fc.array(anyRecord, { maxLength: 30 }),
        fc.constantFrom(...Object.keys(MEASURE_BY_KEY)),
        (rs, key) => {
          const t = tally(MEASURE_BY_KEY[key as MeasureKey], rs, TODAY)
          return t.numerator <= t.denominator && t.denominator <= rs.length
        },
      ),
    )
  })
})

describe('the Wilson interval and the gap', () => {
  it('matches published values and stays inside 0 to 1', () => {
    const ci = wilson({ numerator: 8, denominator: 100 })!
    assert.ok(Math.abs(ci.low - 0.0411) < 0.0005, String(ci.low))
    assert.ok(Math.abs(ci.high - 0.15) < 0.0005, String(ci.high))
    assert.equal(wilson({ numerator: 0, denominator: 0 }), null)
    const zero = wilson({ numerator: 0, denominator: 10 })!
    assert.equal(zero.low, 0)
    const all = wilson({ numerator: 10, denominator: 10 })!
    assert.equal(all.high, 1)
  })

  it('compares a group with the rest, and highlights a gap of 10 points the worse way', () => {
    // Women 8 % (8 of 100) against men 18 % (180 of 1000): the issue's own figures.
    const gap = gapAgainstRest({ numerator: 8, denominator: 100 }, { numerator: 188, denominator: 1100 })!
    assert.ok(Math.abs(gap - -10) < 1e-9)
    assert.equal(isWorseGap(gap, true), true)
    assert.equal(isWorseGap(-9.9, true), false)
    assert.equal(isWorseGap(-12, false), false)
    assert.equal(isWorseGap(12, false), true)
    assert.equal(gapAgainstRest({ numerator: 5, denominator: 10 }, { numerator: 5, denominator: 10 }), null)
  })
})
