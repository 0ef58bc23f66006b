/**
 * Every expected date here was worked out by hand from the contract (issue 4, rules 1–5), never copied from
 * the code's output. Rule 3: months first, clamped to the end of a shorter month, then days.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  deriveKeyDates,
  explainKeyDates,
  KEY_DATE_POLICY,
  responsibilityRule,
  subtractPeriod,
} from './key-dates.rules.ts'
import { keyDatesSchema, type KeyDatesRequest } from './key-dates.schemas.ts'

/** Goes through the schema, so that every example is also valid input. */
const episode = (request: KeyDatesRequest) => keyDatesSchema.parse(request)
const derive = (request: KeyDatesRequest) => deriveKeyDates(episode(request))
const explain = (request: KeyDatesRequest) => explainKeyDates(episode(request))

const determinate = (dates: Partial<KeyDatesRequest>): KeyDatesRequest => ({
  sentenceType: 'determinate',
  arrivalDate: '2025-01-10',
  sentenceStartDate: '2025-01-15',
  ...dates,
})

describe('deriveKeyDates: the whole answer', () => {
  it('returns exactly the six fields of the contract', () => {
    const keys = Object.keys(derive(determinate({ conditionalReleaseDate: '2027-03-20' }))).sort()
    const expected = [
      'comAllocationOverdueFrom',
      'comResponsibleFromStart',
      'earliestReleaseDate',
      'handoverDate',
      'preReleaseReviewDueDate',
      'screeningDueDate',
    ]
    assert.deepEqual(keys, expected)
  })

  it('derives every deadline of a standard determinate sentence', () => {
    // ERD 20 Mar 2027; handover: −8 months = 20 Jul 2026, −14 days = 6 Jul 2026; overdue 8 Jul 2026;
    // screening 10 Jan + 3 = 13 Jan 2025; review 20 Mar 2027 − 84 days = 26 Dec 2026.
    const request = determinate({
      conditionalReleaseDate: '2027-03-20',
      licenceExpiryDate: '2029-03-20',
      sentenceExpiryDate: '2029-03-20',
    })
    assert.deepEqual(derive(request), {
      earliestReleaseDate: '2027-03-20',
      handoverDate: '2026-07-06',
      comResponsibleFromStart: false,
      comAllocationOverdueFrom: '2026-07-08',
      screeningDueDate: '2025-01-13',
      preReleaseReviewDueDate: '2026-12-26',
    })
  })

  it('derives every deadline of a short determinate sentence, with the COM from the start', () => {
    // start 15 Jan 2025 + 10 months = 15 Nov 2025 ≥ ERD 1 Sep 2025; overdue: later of 15 Jan and 10 Jan, + 2.
    // review 1 Sep 2025 − 84 days = 9 Jun 2025.
    assert.deepEqual(derive(determinate({ conditionalReleaseDate: '2025-09-01' })), {
      earliestReleaseDate: '2025-09-01',
      handoverDate: null,
      comResponsibleFromStart: true,
      comAllocationOverdueFrom: '2025-01-17',
      screeningDueDate: '2025-01-13',
      preReleaseReviewDueDate: '2025-06-09',
    })
  })

  it('derives every deadline of a recall without release dates', () => {
    // COM from the start; overdue: later of 1 Apr 2022 and 10 Sep 2025 is the arrival, + 2 = 12 Sep 2025.
    const request: KeyDatesRequest = {
      sentenceType: 'recall',
      arrivalDate: '2025-09-10',
      sentenceStartDate: '2022-04-01',
      licenceExpiryDate: '2026-04-01',
    }
    assert.deepEqual(derive(request), {
      earliestReleaseDate: null,
      handoverDate: null,
      comResponsibleFromStart: true,
      comAllocationOverdueFrom: '2025-09-12',
      screeningDueDate: '2025-09-13',
      preReleaseReviewDueDate: null,
    })
  })

  it('derives every deadline of an indeterminate sentence on its tariff', () => {
    // ERD = tariff 31 Oct 2030; handover 12 months before = 31 Oct 2029; overdue 2 Nov 2029;
    // screening 20 Nov 2014 + 3 = 23 Nov 2014; review 31 Oct 2030 − 84 days = 8 Aug 2030.
    const request: KeyDatesRequest = {
      sentenceType: 'indeterminate',
      arrivalDate: '2014-11-20',
      sentenceStartDate: '2015-03-01',
      tariffExpiryDate: '2030-10-31',
    }
    assert.deepEqual(derive(request), {
      earliestReleaseDate: '2030-10-31',
      handoverDate: '2029-10-31',
      comResponsibleFromStart: false,
      comAllocationOverdueFrom: '2029-11-02',
      screeningDueDate: '2014-11-23',
      preReleaseReviewDueDate: '2030-08-08',
    })
  })

  it('does not change its input and gives the same answer twice', () => {
    const input = Object.freeze(episode(determinate({ conditionalReleaseDate: '2027-03-20' })))
    assert.deepEqual(deriveKeyDates(input), deriveKeyDates(input))
  })
})

describe('rule 1: earliest release date', () => {
  it('takes the conditional release date of a determinate sentence', () => {
    assert.equal(derive(determinate({ conditionalReleaseDate: '2026-03-10' })).earliestReleaseDate, '2026-03-10')
  })

  it('takes the automatic release date of a determinate sentence', () => {
    assert.equal(derive(determinate({ automaticReleaseDate: '2026-03-10' })).earliestReleaseDate, '2026-03-10')
  })

  it('takes the earlier of the automatic and conditional release dates', () => {
    const crdFirst = determinate({ automaticReleaseDate: '2026-09-01', conditionalReleaseDate: '2026-08-01' })
    const ardFirst = determinate({ automaticReleaseDate: '2026-08-01', conditionalReleaseDate: '2026-09-01' })
    assert.equal(derive(crdFirst).earliestReleaseDate, '2026-08-01')
    assert.equal(derive(ardFirst).earliestReleaseDate, '2026-08-01')
  })

  it('takes the parole eligibility date where there is one, even when a release date is earlier', () => {
    const request = determinate({ paroleEligibilityDate: '2027-01-01', conditionalReleaseDate: '2026-06-01' })
    assert.equal(derive(request).earliestReleaseDate, '2027-01-01')
  })

  it('takes the parole eligibility date of an indeterminate sentence before its tariff expiry', () => {
    const request: KeyDatesRequest = {
      sentenceType: 'indeterminate',
      arrivalDate: '2015-03-01',
      sentenceStartDate: '2015-03-01',
      paroleEligibilityDate: '2029-06-01',
      tariffExpiryDate: '2030-10-31',
    }
    assert.equal(derive(request).earliestReleaseDate, '2029-06-01')
  })

  it('takes the tariff expiry of an indeterminate sentence and ignores its other release dates', () => {
    const request: KeyDatesRequest = {
      sentenceType: 'indeterminate',
      arrivalDate: '2015-03-01',
      sentenceStartDate: '2015-03-01',
      conditionalReleaseDate: '2020-01-01',
      automaticReleaseDate: '2019-01-01',
      tariffExpiryDate: '2030-10-31',
    }
    assert.equal(derive(request).earliestReleaseDate, '2030-10-31')
  })

  it('ignores a tariff expiry date on a determinate sentence', () => {
    const request = determinate({ conditionalReleaseDate: '2027-03-20', tariffExpiryDate: '2026-01-01' })
    assert.equal(derive(request).earliestReleaseDate, '2027-03-20')
  })

  for (const sentenceType of ['recall', 'immigration'] as const) {
    it(`is null for a ${sentenceType} case without release dates`, () => {
      const request: KeyDatesRequest = { sentenceType, arrivalDate: '2025-02-01', sentenceStartDate: '2025-02-01' }
      assert.equal(derive(request).earliestReleaseDate, null)
    })

    it(`follows the determinate order for a ${sentenceType} case with release dates`, () => {
      const base = { sentenceType, arrivalDate: '2025-02-01', sentenceStartDate: '2025-02-01' }
      const released = { ...base, automaticReleaseDate: '2025-12-01', conditionalReleaseDate: '2025-11-01' }
      assert.equal(derive(released).earliestReleaseDate, '2025-11-01')
      assert.equal(derive({ ...released, paroleEligibilityDate: '2026-01-01' }).earliestReleaseDate, '2026-01-01')
      assert.equal(derive({ ...base, tariffExpiryDate: '2026-01-01' }).earliestReleaseDate, null)
    })
  }
})

describe('rule 2: responsibility, recall and immigration', () => {
  for (const sentenceType of ['recall', 'immigration'] as const) {
    it(`puts the COM in charge from the start of a ${sentenceType} case, whatever else is said`, () => {
      const request: KeyDatesRequest = {
        sentenceType,
        parole: true,
        earlyAllocation: true,
        arrivalDate: '2025-01-20',
        sentenceStartDate: '2025-02-01',
        conditionalReleaseDate: '2028-12-01',
      }
      const { keyDates, rule } = explain(request)
      assert.equal(rule, 'recall-or-immigration')
      assert.equal(keyDates.handoverDate, null)
      assert.equal(keyDates.comResponsibleFromStart, true)
      assert.equal(keyDates.comAllocationOverdueFrom, '2025-02-03') // later of the two is the start, + 2
    })
  }

  it('gives an immigration case with a release date a pre-release review', () => {
    // 1 Dec 2025 − 84 days = 8 Sep 2025
    const request: KeyDatesRequest = {
      sentenceType: 'immigration',
      arrivalDate: '2025-02-01',
      sentenceStartDate: '2025-02-01',
      automaticReleaseDate: '2025-12-01',
    }
    assert.equal(derive(request).preReleaseReviewDueDate, '2025-09-08')
  })
})

describe('rule 2: short determinate sentences', () => {
  it('puts the COM in charge from the start when the release is exactly 10 months after the start', () => {
    // 15 Jan 2025 + 10 months = 15 Nov 2025
    const { keyDates, rule } = explain(determinate({ conditionalReleaseDate: '2025-11-15' }))
    assert.equal(rule, 'short-sentence')
    assert.equal(keyDates.handoverDate, null)
    assert.equal(keyDates.comResponsibleFromStart, true)
    assert.equal(keyDates.comAllocationOverdueFrom, '2025-01-17')
  })

  it('sets a handover when the release is one day after 10 months', () => {
    // ERD 16 Nov 2025 − 8 months = 16 Mar 2025, − 14 days = 2 Mar 2025; overdue 4 Mar 2025
    const { keyDates, rule } = explain(determinate({ conditionalReleaseDate: '2025-11-16' }))
    assert.equal(rule, 'standard')
    assert.equal(keyDates.handoverDate, '2025-03-02')
    assert.equal(keyDates.comResponsibleFromStart, false)
    assert.equal(keyDates.comAllocationOverdueFrom, '2025-03-04')
  })

  it('clamps the 10 months to the end of February', () => {
    // 30 Apr 2025 + 10 months = 28 Feb 2026 (no 30 Feb)
    const start = { arrivalDate: '2025-04-30', sentenceStartDate: '2025-04-30' }
    assert.equal(explain(determinate({ ...start, conditionalReleaseDate: '2026-02-28' })).rule, 'short-sentence')
    // 1 Mar 2026 − 8 months = 1 Jul 2025, − 14 days = 17 Jun 2025
    const longer = explain(determinate({ ...start, conditionalReleaseDate: '2026-03-01' }))
    assert.equal(longer.rule, 'standard')
    assert.equal(longer.keyDates.handoverDate, '2025-06-17')
  })

  it('clamps the 10 months to 29 February in a leap year', () => {
    // 30 Apr 2023 + 10 months = 29 Feb 2024
    const start = { arrivalDate: '2023-04-30', sentenceStartDate: '2023-04-30' }
    assert.equal(explain(determinate({ ...start, conditionalReleaseDate: '2024-02-29' })).rule, 'short-sentence')
    // 1 Mar 2024 − 8 months = 1 Jul 2023, − 14 days = 17 Jun 2023
    assert.equal(derive(determinate({ ...start, conditionalReleaseDate: '2024-03-01' })).handoverDate, '2023-06-17')
  })

  it('treats a release on the sentence start day as a short sentence', () => {
    assert.equal(explain(determinate({ conditionalReleaseDate: '2025-01-15' })).rule, 'short-sentence')
  })

  it('does not apply to parole cases or early allocations', () => {
    assert.equal(
      explain(determinate({ parole: true, paroleEligibilityDate: '2025-06-01' })).rule,
      'indeterminate-or-parole',
    )
    assert.equal(
      explain(determinate({ earlyAllocation: true, conditionalReleaseDate: '2025-06-01' })).rule,
      'early-allocation',
    )
  })
})

describe('rule 2: early allocation', () => {
  it('hands over 15 months before the earliest release date', () => {
    // 30 Jun 2027 − 15 months = 30 Mar 2026; overdue 1 Apr 2026; review 30 Jun 2027 − 84 days = 7 Apr 2027
    const { keyDates, rule } = explain(determinate({ earlyAllocation: true, conditionalReleaseDate: '2027-06-30' }))
    assert.equal(rule, 'early-allocation')
    assert.equal(keyDates.handoverDate, '2026-03-30')
    assert.equal(keyDates.comAllocationOverdueFrom, '2026-04-01')
    assert.equal(keyDates.preReleaseReviewDueDate, '2027-04-07')
  })

  it('comes before parole', () => {
    // 15 months, not 12: 30 Jun 2027 − 15 months = 30 Mar 2026
    const request = determinate({ earlyAllocation: true, parole: true, paroleEligibilityDate: '2027-06-30' })
    assert.equal(explain(request).rule, 'early-allocation')
    assert.equal(derive(request).handoverDate, '2026-03-30')
  })

  it('comes before the indeterminate rule', () => {
    // 31 Aug 2030 − 15 months = 31 May 2029 (12 months would give 31 Aug 2029)
    const request: KeyDatesRequest = {
      sentenceType: 'indeterminate',
      earlyAllocation: true,
      arrivalDate: '2020-05-01',
      sentenceStartDate: '2020-05-01',
      tariffExpiryDate: '2030-08-31',
    }
    assert.equal(derive(request).handoverDate, '2029-05-31')
  })

  it('clamps to the end of a shorter month', () => {
    // 31 May 2025 − 15 months = 29 Feb 2024 (leap year)
    const request = determinate({
      earlyAllocation: true,
      arrivalDate: '2023-01-01',
      sentenceStartDate: '2023-01-01',
      conditionalReleaseDate: '2025-05-31',
    })
    assert.equal(derive(request).handoverDate, '2024-02-29')
  })

  it('puts the COM in charge from the start when 15 months before release is the sentence start', () => {
    // 15 Apr 2026 − 15 months = 15 Jan 2025, the start: no handover; overdue from the start + 2
    const { keyDates, rule, reason } = explain(
      determinate({ earlyAllocation: true, conditionalReleaseDate: '2026-04-15' }),
    )
    assert.equal(rule, 'early-allocation')
    assert.equal(keyDates.handoverDate, null)
    assert.equal(keyDates.comResponsibleFromStart, true)
    assert.equal(keyDates.comAllocationOverdueFrom, '2025-01-17')
    assert.match(reason, /on or before the sentence start/)
  })

  it('sets a handover when 15 months before release is one day after the sentence start', () => {
    // 16 Apr 2026 − 15 months = 16 Jan 2025; overdue 18 Jan 2025
    const keyDates = derive(determinate({ earlyAllocation: true, conditionalReleaseDate: '2026-04-16' }))
    assert.equal(keyDates.handoverDate, '2025-01-16')
    assert.equal(keyDates.comResponsibleFromStart, false)
    assert.equal(keyDates.comAllocationOverdueFrom, '2025-01-18')
  })

  it('puts the COM in charge from the start of a short early-allocation sentence', () => {
    // 1 Sep 2025 − 15 months = 1 Jun 2024, before the start 15 Jan 2025
    const { keyDates, rule } = explain(determinate({ earlyAllocation: true, conditionalReleaseDate: '2025-09-01' }))
    assert.equal(rule, 'early-allocation')
    assert.equal(keyDates.handoverDate, null)
    assert.equal(keyDates.comResponsibleFromStart, true)
  })
})

describe('rule 2: indeterminate sentences and parole cases', () => {
  it('hands over 12 months before the parole eligibility date of an indeterminate sentence', () => {
    // PED 29 Feb 2028 − 12 months = 28 Feb 2027 (clamped)
    const request: KeyDatesRequest = {
      sentenceType: 'indeterminate',
      arrivalDate: '2015-03-01',
      sentenceStartDate: '2015-03-01',
      paroleEligibilityDate: '2028-02-29',
      tariffExpiryDate: '2030-10-31',
    }
    const { keyDates, rule } = explain(request)
    assert.equal(rule, 'indeterminate-or-parole')
    assert.equal(keyDates.handoverDate, '2027-02-28')
    assert.equal(keyDates.comAllocationOverdueFrom, '2027-03-02')
  })

  it('hands over 12 months before the tariff expiry of an indeterminate sentence without parole', () => {
    const request: KeyDatesRequest = {
      sentenceType: 'indeterminate',
      parole: false,
      arrivalDate: '2015-03-01',
      sentenceStartDate: '2015-03-01',
      tariffExpiryDate: '2030-10-31',
    }
    assert.equal(derive(request).handoverDate, '2029-10-31')
  })

  it('hands over 12 months before the parole eligibility date of a determinate parole case', () => {
    // PED 10 Jun 2027 − 12 months = 10 Jun 2026
    const request = determinate({
      parole: true,
      paroleEligibilityDate: '2027-06-10',
      conditionalReleaseDate: '2028-06-10',
    })
    assert.equal(explain(request).rule, 'indeterminate-or-parole')
    assert.equal(derive(request).handoverDate, '2026-06-10')
  })

  it('hands over 12 months before the release date of a parole case without a parole eligibility date', () => {
    // 1 Aug 2027 − 12 months = 1 Aug 2026
    const request = determinate({ parole: true, conditionalReleaseDate: '2027-08-01' })
    assert.equal(derive(request).handoverDate, '2026-08-01')
  })

  it('uses 8 months 14 days when a parole eligibility date is given but parole is not', () => {
    // PED 10 Jun 2026 − 8 months = 10 Oct 2025, − 14 days = 26 Sep 2025
    const request = determinate({ paroleEligibilityDate: '2026-06-10', conditionalReleaseDate: '2027-01-01' })
    assert.equal(explain(request).rule, 'standard')
    assert.equal(derive(request).handoverDate, '2025-09-26')
  })

  it('puts the COM in charge from the start when 12 months before release is the sentence start', () => {
    const { keyDates, rule } = explain(determinate({ parole: true, paroleEligibilityDate: '2026-01-15' }))
    assert.equal(rule, 'indeterminate-or-parole')
    assert.equal(keyDates.handoverDate, null)
    assert.equal(keyDates.comResponsibleFromStart, true)
    assert.equal(keyDates.comAllocationOverdueFrom, '2025-01-17')
  })

  it('sets a handover when 12 months before release is one day after the sentence start', () => {
    const keyDates = derive(determinate({ parole: true, paroleEligibilityDate: '2026-01-16' }))
    assert.equal(keyDates.handoverDate, '2025-01-16')
    assert.equal(keyDates.comAllocationOverdueFrom, '2025-01-18')
  })

  it('puts the COM in charge from the start of a parole case released within 10 months', () => {
    // PED 1 Jun 2025 − 12 months = 1 Jun 2024, before the start
    const keyDates = derive(determinate({ parole: true, paroleEligibilityDate: '2025-06-01' }))
    assert.equal(keyDates.handoverDate, null)
    assert.equal(keyDates.comResponsibleFromStart, true)
  })

  it('puts the COM in charge from the start of an indeterminate sentence whose tariff is within 10 months', () => {
    const request: KeyDatesRequest = {
      sentenceType: 'indeterminate',
      arrivalDate: '2024-09-01',
      sentenceStartDate: '2025-01-15',
      tariffExpiryDate: '2025-11-01',
    }
    const { keyDates, rule } = explain(request)
    assert.equal(rule, 'indeterminate-or-parole') // the short-sentence rule is for determinate sentences only
    assert.equal(keyDates.handoverDate, null)
    assert.equal(keyDates.comAllocationOverdueFrom, '2025-01-17') // the start is later than the arrival
  })
})

describe('rules 2 and 3: other determinate sentences, 8 months then 14 days', () => {
  const handover = (erd: string) =>
    derive(determinate({ arrivalDate: '2020-01-01', sentenceStartDate: '2020-01-01', conditionalReleaseDate: erd }))
      .handoverDate

  it('takes months first: 31 October less 8 months is 28 February, then 14 days', () => {
    assert.equal(handover('2025-10-31'), '2025-02-14') // days first would give 17 February
  })

  it('takes months first: 31 October less 8 months is 29 February in a leap year, then 14 days', () => {
    assert.equal(handover('2024-10-31'), '2024-02-15') // days first would give 17 February
  })

  it('clamps 31 December to 30 April', () => {
    assert.equal(handover('2025-12-31'), '2025-04-16') // 30 Apr − 14 days; days first would give 17 April
  })

  it('crosses year boundaries', () => {
    assert.equal(handover('2026-08-10'), '2025-11-26') // 10 Dec 2025 − 14 days
    assert.equal(handover('2026-09-05'), '2025-12-22') // 5 Jan 2026 − 14 days
    assert.equal(handover('2026-01-05'), '2025-04-21') // 5 May 2025 − 14 days
  })

  it('names the rule', () => {
    const { rule, reason } = explain(determinate({ conditionalReleaseDate: '2027-03-20' }))
    assert.equal(rule, 'standard')
    assert.equal(reason, 'Determinate sentence: handover 8 months and 14 days before the earliest release date')
  })
})

describe('rule 4: COM allocation overdue', () => {
  it('is 2 days after the handover, across a month end', () => {
    // ERD 13 Nov 2026 − 8 months = 13 Mar 2026, − 14 days = 27 Feb 2026; + 2 days = 1 Mar 2026
    const keyDates = derive(determinate({ conditionalReleaseDate: '2026-11-13' }))
    assert.equal(keyDates.handoverDate, '2026-02-27')
    assert.equal(keyDates.comAllocationOverdueFrom, '2026-03-01')
  })

  it('is 2 days after the handover, through 29 February', () => {
    // ERD 13 Nov 2028 − 8 months = 13 Mar 2028, − 14 days = 28 Feb 2028; + 2 days = 1 Mar 2028
    const request = determinate({
      arrivalDate: '2027-01-01',
      sentenceStartDate: '2027-01-01',
      conditionalReleaseDate: '2028-11-13',
    })
    assert.equal(derive(request).comAllocationOverdueFrom, '2028-03-01')
  })

  it('is 2 days after the sentence start when the COM is responsible from it and arrival came first', () => {
    const request = determinate({ arrivalDate: '2024-11-01', conditionalReleaseDate: '2025-06-01' })
    assert.equal(derive(request).comAllocationOverdueFrom, '2025-01-17')
  })

  it('is 2 days after the arrival when the COM is responsible from the start and arrival came later', () => {
    const request = determinate({ arrivalDate: '2025-01-30', conditionalReleaseDate: '2025-06-01' })
    assert.equal(derive(request).comAllocationOverdueFrom, '2025-02-01')
  })

  it('is 2 days after the start when arrival and start are the same day', () => {
    const request = determinate({ arrivalDate: '2025-12-30', sentenceStartDate: '2025-12-30' })
    assert.equal(derive({ ...request, conditionalReleaseDate: '2026-05-01' }).comAllocationOverdueFrom, '2026-01-01')
  })
})

describe('rule 5: needs screening and pre-release review', () => {
  it('makes screening due 3 days after arrival, across a year end and a leap day', () => {
    const screening = (arrivalDate: string) =>
      derive({ sentenceType: 'recall', arrivalDate, sentenceStartDate: '2020-01-01' }).screeningDueDate
    assert.equal(screening('2025-12-30'), '2026-01-02')
    assert.equal(screening('2024-02-27'), '2024-03-01')
    assert.equal(screening('2023-02-27'), '2023-03-02')
  })

  it('makes screening due 3 days after arrival, not after the sentence start', () => {
    assert.equal(derive(determinate({ conditionalReleaseDate: '2027-03-20' })).screeningDueDate, '2025-01-13')
  })

  it('makes the pre-release review due 84 days before the earliest release date', () => {
    const review = (conditionalReleaseDate: string) =>
      derive(determinate({ arrivalDate: '2023-01-01', sentenceStartDate: '2023-01-01', conditionalReleaseDate }))
        .preReleaseReviewDueDate
    assert.equal(review('2024-05-01'), '2024-02-07') // through 29 February
    assert.equal(review('2025-05-01'), '2025-02-06')
    assert.equal(review('2027-03-20'), '2026-12-26') // across a year end
  })

  it('has no pre-release review without an earliest release date', () => {
    const request: KeyDatesRequest = {
      sentenceType: 'immigration',
      arrivalDate: '2025-02-01',
      sentenceStartDate: '2025-02-01',
    }
    assert.equal(derive(request).preReleaseReviewDueDate, null)
  })
})

describe('responsibilityRule and explainKeyDates', () => {
  it('names the first rule that applies for each kind of case', () => {
    const at = { arrivalDate: '2025-01-15', sentenceStartDate: '2025-01-15' }
    assert.equal(responsibilityRule(episode({ sentenceType: 'recall', ...at })), 'recall-or-immigration')
    assert.equal(responsibilityRule(episode({ sentenceType: 'immigration', ...at })), 'recall-or-immigration')
    assert.equal(responsibilityRule(episode(determinate({ conditionalReleaseDate: '2025-06-01' }))), 'short-sentence')
    const long = determinate({ conditionalReleaseDate: '2028-06-01' })
    assert.equal(responsibilityRule(episode({ ...long, earlyAllocation: true })), 'early-allocation')
    assert.equal(responsibilityRule(episode({ ...long, parole: true })), 'indeterminate-or-parole')
    assert.equal(
      responsibilityRule(episode({ sentenceType: 'indeterminate', ...at, tariffExpiryDate: '2035-01-01' })),
      'indeterminate-or-parole',
    )
    assert.equal(responsibilityRule(episode(long)), 'standard')
  })

  it('gives a plain reason, and says why there is no handover', () => {
    assert.equal(
      explain({ sentenceType: 'recall', arrivalDate: '2025-01-15', sentenceStartDate: '2025-01-15' }).reason,
      'Recall or immigration case: the COM is responsible from the start',
    )
    assert.equal(
      explain(determinate({ parole: true, paroleEligibilityDate: '2025-12-01' })).reason,
      'Indeterminate or parole case: handover 12 months before the earliest release date, ' +
        'which falls on or before the sentence start, so the COM is responsible from the start',
    )
  })

  it('returns the same key dates as deriveKeyDates', () => {
    const request = determinate({ earlyAllocation: true, conditionalReleaseDate: '2027-06-30' })
    assert.deepEqual(explain(request).keyDates, derive(request))
  })

  it('refuses input that skipped the schema: a determinate sentence without a release date', () => {
    const input = {
      ...episode(determinate({ conditionalReleaseDate: '2027-01-01' })),
      conditionalReleaseDate: undefined,
    }
    assert.throws(() => deriveKeyDates(input), RangeError)
  })
})

describe('KEY_DATE_POLICY', () => {
  it('holds the figures of the contract, named and dated', () => {
    assert.deepEqual(KEY_DATE_POLICY.standardHandover, { months: 8, days: 14 })
    assert.deepEqual(KEY_DATE_POLICY.earlyAllocationHandover, { months: 15, days: 0 })
    assert.deepEqual(KEY_DATE_POLICY.indeterminateOrParoleHandover, { months: 12, days: 0 })
    assert.deepEqual(KEY_DATE_POLICY.shortSentence, { months: 10, days: 0 })
    assert.equal(KEY_DATE_POLICY.comAllocationOverdueAfterDays, 2)
    assert.equal(KEY_DATE_POLICY.screeningDueAfterDays, 3)
    assert.equal(KEY_DATE_POLICY.preReleaseReviewBeforeDays, 84)
    assert.match(KEY_DATE_POLICY.recordedOn, /^\d{4}-\d{2}-\d{2}$/)
  })

  it('subtracts months first, then days', () => {
    assert.equal(subtractPeriod('2023-10-31', { months: 8, days: 14 }), '2023-02-14')
    assert.equal(subtractPeriod('2024-03-31', { months: 1, days: 1 }), '2024-02-28')
  })
})
