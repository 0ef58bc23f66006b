import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  firstNightProblems,
  followUpDueDate,
  followUpOpensOn,
  followUpsFor,
  followUpState,
  followUpTimingProblems,
  hasTreatmentNeed,
  releaseDateEpisodeProblems,
  releaseDateFutureProblems,
  treatmentAnswerProblems,
  treatmentStartProblems,
  treatmentWithinWindow,
} from './release.rules.ts'

const episode = { sentenceStartDate: '2025-01-10', licenceExpiryDate: '2027-01-10' }

describe('follow-up due dates', () => {
  it('falls 3 weeks, 6 weeks, 3 months and 6 months after the release', () => {
    assert.equal(followUpDueDate('treatment-3-weeks', '2026-03-02'), '2026-03-23')
    assert.equal(followUpDueDate('employment-6-weeks', '2026-03-02'), '2026-04-13')
    assert.equal(followUpDueDate('accommodation-3-months', '2026-03-02'), '2026-06-02')
    assert.equal(followUpDueDate('employment-6-months', '2026-03-02'), '2026-09-02')
  })

  it('clamps calendar months to the end of a shorter month, leap years included', () => {
    assert.equal(followUpDueDate('accommodation-3-months', '2026-11-30'), '2027-02-28')
    assert.equal(followUpDueDate('accommodation-3-months', '2027-11-30'), '2028-02-29')
    assert.equal(followUpDueDate('employment-6-months', '2026-08-31'), '2027-02-28')
    assert.equal(followUpDueDate('accommodation-3-months', '2026-05-31'), '2026-08-31')
    assert.equal(followUpDueDate('employment-6-months', '2026-12-31'), '2027-06-30')
  })

  it('crosses the year end', () => {
    assert.equal(followUpDueDate('employment-6-weeks', '2026-12-01'), '2027-01-12')
    assert.equal(followUpDueDate('treatment-3-weeks', '2026-12-20'), '2027-01-10')
  })

  it('asks about treatment from the day of release and the others 14 days before they are due', () => {
    assert.equal(followUpOpensOn('treatment-3-weeks', '2026-03-02'), '2026-03-02')
    assert.equal(followUpOpensOn('employment-6-weeks', '2026-03-02'), '2026-03-30')
    assert.equal(followUpOpensOn('accommodation-3-months', '2026-03-02'), '2026-05-19')
    assert.equal(followUpOpensOn('employment-6-months', '2026-03-02'), '2026-08-19')
  })

  it('lists treatment only where there was a treatment need, the earliest due first', () => {
    assert.deepEqual(
      followUpsFor('2026-03-02', true).map(f => f.kind),
      ['treatment-3-weeks', 'employment-6-weeks', 'accommodation-3-months', 'employment-6-months'],
    )
    assert.deepEqual(
      followUpsFor('2026-03-02', false).map(f => [f.kind, f.dueDate, f.opensOn]),
      [
        ['employment-6-weeks', '2026-04-13', '2026-03-30'],
        ['accommodation-3-months', '2026-06-02', '2026-05-19'],
        ['employment-6-months', '2026-09-02', '2026-08-19'],
      ],
    )
  })

  it('finds a treatment need in drugs and alcohol or in health, and nowhere else', () => {
    assert.equal(hasTreatmentNeed(['drugs-alcohol']), true)
    assert.equal(hasTreatmentNeed(['accommodation', 'health']), true)
    assert.equal(hasTreatmentNeed(['accommodation', 'finance-id', 'education-skills-work']), false)
    assert.equal(hasTreatmentNeed([]), false)
  })
})

describe('follow-up state', () => {
  const dates = { opensOn: '2026-05-19', dueDate: '2026-06-02' }
  it('is not yet due before it opens, due from then to the due date, and overdue from the day after', () => {
    assert.equal(followUpState(dates, false, '2026-05-18'), 'not-yet-due')
    assert.equal(followUpState(dates, false, '2026-05-19'), 'due')
    assert.equal(followUpState(dates, false, '2026-06-02'), 'due')
    assert.equal(followUpState(dates, false, '2026-06-03'), 'overdue')
  })
  it('is done once answered, whenever that was', () => {
    for (const today of ['2026-05-18', '2026-05-19', '2026-06-03'])
      assert.equal(followUpState(dates, true, today), 'done')
  })
})

describe('a release date', () => {
  it('may be today, the sentence start or the licence expiry date', () => {
    assert.deepEqual(releaseDateFutureProblems('2026-11-23', '2026-11-23'), [])
    assert.deepEqual(releaseDateEpisodeProblems('2025-01-10', episode), [])
    assert.deepEqual(releaseDateEpisodeProblems('2027-01-10', episode), [])
    assert.deepEqual(releaseDateEpisodeProblems('2026-01-10', { ...episode, licenceExpiryDate: null }), [])
  })
  it('may not be in the future', () => {
    assert.deepEqual(releaseDateFutureProblems('2026-11-24', '2026-11-23'), [
      {
        field: 'releaseDate',
        message: 'The release date, 24 November 2026, must be today (23 November 2026) or earlier',
      },
    ])
  })
  it('may not be before the sentence start, naming both dates', () => {
    assert.deepEqual(releaseDateEpisodeProblems('2025-01-09', episode), [
      {
        field: 'releaseDate',
        message: 'The release date, 9 January 2025, must be on or after the sentence start date, 10 January 2025',
      },
    ])
  })
  it('may not be after the licence expiry date, naming both dates', () => {
    assert.deepEqual(releaseDateEpisodeProblems('2027-01-11', episode), [
      {
        field: 'releaseDate',
        message: 'The release date, 11 January 2027, must be on or before the licence expiry date, 10 January 2027',
      },
    ])
  })
})

describe('the first night', () => {
  it('needs an address for settled accommodation only', () => {
    assert.deepEqual(firstNightProblems({ firstNight: 'settled' }), [
      { field: 'address', message: 'Enter the address of the settled accommodation' },
    ])
    assert.deepEqual(firstNightProblems({ firstNight: 'settled', address: '1 High Street' }), [])
    for (const firstNight of [
      'bail-probation',
      'other-unsettled',
      'rough-sleeping',
      'other-homeless',
      'unknown',
    ] as const)
      assert.deepEqual(firstNightProblems({ firstNight }), [], firstNight)
  })
})

describe('answering a follow-up', () => {
  it('is refused before the follow-up opens, saying when it does', () => {
    assert.deepEqual(followUpTimingProblems('accommodation-3-months', '2026-03-02', '2026-05-18'), [
      { field: 'kind', message: 'This follow-up can be recorded from 19 May 2026' },
    ])
    assert.deepEqual(followUpTimingProblems('accommodation-3-months', '2026-03-02', '2026-05-19'), [])
    assert.deepEqual(followUpTimingProblems('treatment-3-weeks', '2026-03-02', '2026-03-02'), [])
  })

  it('needs the date treatment started when it has, not after today, and none when it has not', () => {
    const today = '2026-03-20'
    assert.deepEqual(treatmentAnswerProblems({ treatmentStarted: true, treatmentStartDate: '2026-03-10' }, today), [])
    assert.deepEqual(treatmentAnswerProblems({ treatmentStarted: false }, today), [])
    assert.deepEqual(treatmentAnswerProblems({ treatmentStarted: true }, today), [
      { field: 'treatmentStartDate', message: 'Enter the date treatment started' },
    ])
    assert.deepEqual(treatmentAnswerProblems({ treatmentStarted: true, treatmentStartDate: '2026-03-21' }, today), [
      { field: 'treatmentStartDate', message: 'The date treatment started must be today or in the past' },
    ])
    assert.deepEqual(treatmentAnswerProblems({ treatmentStarted: false, treatmentStartDate: '2026-03-10' }, today), [
      { field: 'treatmentStartDate', message: 'Leave the start date blank when treatment has not started' },
    ])
  })

  it('needs treatment to have started on or after the release', () => {
    assert.deepEqual(treatmentStartProblems('2026-03-02', '2026-03-02'), [])
    assert.deepEqual(treatmentStartProblems(undefined, '2026-03-02'), [])
    assert.deepEqual(treatmentStartProblems('2026-03-01', '2026-03-02'), [
      {
        field: 'treatmentStartDate',
        message: 'The date treatment started, 1 March 2026, must be on or after the release date, 2 March 2026',
      },
    ])
  })

  it('counts treatment as within 3 weeks up to and including the 21st day after release', () => {
    assert.equal(treatmentWithinWindow('2026-03-02', '2026-03-02'), true)
    assert.equal(treatmentWithinWindow('2026-03-02', '2026-03-23'), true)
    assert.equal(treatmentWithinWindow('2026-03-02', '2026-03-24'), false)
    assert.equal(treatmentWithinWindow('2026-03-02', null), false)
  })
})
