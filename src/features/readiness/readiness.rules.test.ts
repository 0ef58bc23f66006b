/** Expected dates here were worked out by hand from READINESS_POLICY, never copied from the code's output. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays } from '../../platform/dates/calendar-date.ts'
import {
  appointmentProblem,
  dueDate,
  hasAccommodationNeed,
  housingDuty,
  ITEM_KEYS,
  itemRag,
  itemState,
  READINESS_POLICY,
  releaseAnchor,
  statusProblems,
  summarise,
  type ItemKey,
  type ItemStatus,
} from './readiness.rules.ts'

const RELEASE = '2027-03-01'
const allAs = (status: ItemStatus) => Object.fromEntries(ITEM_KEYS.map(k => [k, status])) as Record<ItemKey, ItemStatus>

describe('the readiness policy', () => {
  it('is one named, dated object with a lead time for every item and the 56-day duty to refer', () => {
    assert.match(READINESS_POLICY.name, /\w/)
    assert.equal(READINESS_POLICY.recordedOn, '2026-11-23')
    assert.deepEqual(Object.keys(READINESS_POLICY.dueDaysBeforeRelease).sort(), [...ITEM_KEYS].sort())
    for (const days of Object.values(READINESS_POLICY.dueDaysBeforeRelease))
      assert.ok(Number.isInteger(days) && days > 0)
    assert.equal(READINESS_POLICY.housingDutyReferralDays, 56)
  })
})

describe('when each item is due', () => {
  it('counts back from the release date by the item’s lead time', () => {
    // 1 March 2027 less 84 days: February has 28, January 31, so 84 = 28 + 31 + 25 → 7 December 2026.
    assert.equal(dueDate('identity', RELEASE), '2026-12-07')
    // less 56 days: 28 (to 1 Feb) + 28 → 4 January 2027.
    assert.equal(dueDate('bank-account', RELEASE), '2027-01-04')
    assert.equal(dueDate('accommodation', RELEASE), '2027-02-01')
    assert.equal(dueDate('gp', RELEASE), '2027-02-01')
    assert.equal(dueDate('benefits', RELEASE), '2027-02-15')
    assert.equal(dueDate('first-appointment', RELEASE), '2027-02-15')
    assert.equal(dueDate('medication', RELEASE), '2027-02-22')
    assert.equal(dueDate('licence-conditions', RELEASE), '2027-02-22')
    assert.equal(dueDate('travel', RELEASE), '2027-02-22')
  })

  it('crosses leap days and years by calendar days', () => {
    assert.equal(dueDate('travel', '2028-03-03'), '2028-02-25')
    assert.equal(dueDate('medication', '2028-03-06'), '2028-02-28')
    assert.equal(dueDate('identity', '2027-01-10'), '2026-10-18')
  })

  it('has no due date without a release date', () => {
    for (const item of ITEM_KEYS) assert.equal(dueDate(item, null), null)
  })

  it('anchors on the recorded release once there is one, else the earliest release date', () => {
    assert.equal(releaseAnchor({ releaseDate: '2027-02-20', earliestReleaseDate: RELEASE }), '2027-02-20')
    assert.equal(releaseAnchor({ releaseDate: null, earliestReleaseDate: RELEASE }), RELEASE)
    assert.equal(releaseAnchor({ releaseDate: null, earliestReleaseDate: null }), null)
  })
})

describe('an item’s state and RAG', () => {
  const due = '2027-02-22'
  it('is green when met or not needed, whatever the date', () => {
    for (const today of ['2026-01-01', due, '2030-01-01']) {
      assert.equal(itemState('met', due, today), 'met')
      assert.equal(itemState('not-needed', due, today), 'not-needed')
      assert.equal(itemRag(itemState('met', due, today)), 'green')
      assert.equal(itemRag(itemState('not-needed', null, today)), 'green')
    }
  })

  it('is amber the day before it is due, red on the day and after', () => {
    for (const status of ['not-started', 'in-progress'] as const) {
      assert.equal(itemState(status, due, '2027-02-21'), 'not-due')
      assert.equal(itemRag('not-due'), 'amber')
      assert.equal(itemState(status, due, due), 'due-today')
      assert.equal(itemRag('due-today'), 'red')
      assert.equal(itemState(status, due, '2027-02-23'), 'overdue')
      assert.equal(itemRag('overdue'), 'red')
    }
  })

  it('is amber without a due date: nothing can be overdue against an unknown release', () => {
    assert.equal(itemState('not-started', null, '2030-01-01'), 'no-due-date')
    assert.equal(itemRag('no-due-date'), 'amber')
  })
})

describe('the readiness summary', () => {
  it('is green when every item is met or not needed', () => {
    const statuses = { ...allAs('met'), benefits: 'not-needed' as const, medication: 'not-needed' as const }
    const summary = summarise(statuses, RELEASE, '2027-03-10')
    assert.deepEqual(summary, { rag: 'green', due: [], notYetDue: [], next: null })
  })

  it('counts an item never saved as not started', () => {
    const statuses: Partial<Record<ItemKey, ItemStatus>> = allAs('met')
    delete statuses.benefits
    const summary = summarise(statuses, RELEASE, '2027-02-14')
    assert.equal(summary.rag, 'amber')
    assert.deepEqual(summary.notYetDue, ['benefits'])
  })

  it('turns from amber to red on the day the first unmet item falls due (the boundary)', () => {
    // Identity is due first, on 7 December 2026.
    const dayBefore = summarise({}, RELEASE, '2026-12-06')
    assert.equal(dayBefore.rag, 'amber')
    assert.deepEqual(dayBefore.next, { item: 'identity', dueDate: '2026-12-07' })
    const onTheDay = summarise({}, RELEASE, '2026-12-07')
    assert.equal(onTheDay.rag, 'red')
    assert.deepEqual(onTheDay.due, ['identity'])
    assert.deepEqual(onTheDay.next, { item: 'bank-account', dueDate: '2027-01-04' })
  })

  it('stays amber while only items not yet due are unmet, and green once the last is met', () => {
    const statuses = { ...allAs('met'), travel: 'in-progress' as const }
    assert.equal(summarise(statuses, RELEASE, '2027-02-21').rag, 'amber')
    assert.equal(summarise(statuses, RELEASE, '2027-02-22').rag, 'red')
    assert.equal(summarise({ ...statuses, travel: 'met' }, RELEASE, '2027-02-22').rag, 'green')
  })

  it('is red after release for anything still unmet, and names the items in checklist order', () => {
    const statuses = { ...allAs('met'), gp: 'not-started' as const, identity: 'in-progress' as const }
    const summary = summarise(statuses, RELEASE, '2027-04-01')
    assert.equal(summary.rag, 'red')
    assert.deepEqual(summary.due, ['identity', 'gp'])
    assert.equal(summary.next, null)
  })

  it('is amber, never red, without a release date, however late it is', () => {
    const summary = summarise({}, null, '2099-01-01')
    assert.equal(summary.rag, 'amber')
    assert.equal(summary.notYetDue.length, ITEM_KEYS.length)
    assert.equal(summary.next, null)
  })
})

describe('what an item needs before it can be marked met', () => {
  const problemsOf = (item: ItemKey, details: Record<string, unknown>, note?: string) =>
    statusProblems(item, 'met', details, note).map(p => p.field)

  it('needs an address and a housed category for the first night', () => {
    assert.deepEqual(problemsOf('accommodation', {}), ['accommodationCategory', 'address'])
    assert.deepEqual(problemsOf('accommodation', { accommodationCategory: 'settled', address: '  ' }), ['address'])
    assert.deepEqual(problemsOf('accommodation', { accommodationCategory: 'settled', address: '1 High Street' }), [])
    for (const category of ['bail-probation', 'other-unsettled']) {
      assert.deepEqual(problemsOf('accommodation', { accommodationCategory: category, address: 'AP' }), [])
    }
    for (const category of ['rough-sleeping', 'other-homeless', 'unknown']) {
      const [problem] = statusProblems('accommodation', 'met', { accommodationCategory: category, address: 'x' }, null)
      assert.equal(problem?.field, 'accommodationCategory')
      assert.match(problem!.message, /cannot be marked as met/)
    }
  })

  it('needs the type of identity document, held', () => {
    assert.deepEqual(problemsOf('identity', {}), ['idType', 'idStatus'])
    assert.deepEqual(problemsOf('identity', { idType: 'passport', idStatus: 'applied' }), ['idStatus'])
    assert.deepEqual(problemsOf('identity', { idType: 'passport', idStatus: 'held' }), [])
  })

  it('needs the date, time and place of the first appointment', () => {
    assert.deepEqual(problemsOf('first-appointment', { appointmentPlace: 'Office' }), [
      'appointmentDate',
      'appointmentTime',
    ])
    const booked = { appointmentDate: '2027-03-01', appointmentTime: '10:30', appointmentPlace: 'Office' }
    assert.deepEqual(problemsOf('first-appointment', booked), [])
  })

  it('needs the date explained and the person’s confirmation for licence conditions', () => {
    assert.deepEqual(problemsOf('licence-conditions', { confirmedByPerson: false }), [
      'explainedOn',
      'confirmedByPerson',
    ])
    assert.deepEqual(problemsOf('licence-conditions', { explainedOn: '2027-02-20', confirmedByPerson: true }), [])
  })

  it('needs the one detail of each other item, and says what to add', () => {
    const single: [ItemKey, string][] = [
      ['bank-account', 'bankName'],
      ['benefits', 'benefit'],
      ['gp', 'gpPractice'],
      ['medication', 'medicationArrangements'],
      ['travel', 'travelArrangements'],
    ]
    for (const [item, field] of single) {
      const problems = statusProblems(item, 'met', {}, null)
      assert.deepEqual(
        problems.map(p => p.field),
        [field],
        item,
      )
      assert.match(problems[0]!.message, /^(Enter|Select) .+ to mark this as met$/, item)
      assert.deepEqual(statusProblems(item, 'met', { [field]: 'given' }, null), [], item)
    }
  })

  it('asks nothing of an item that is not started or in progress', () => {
    for (const item of ITEM_KEYS) {
      assert.deepEqual(statusProblems(item, 'not-started', {}, null), [])
      assert.deepEqual(statusProblems(item, 'in-progress', {}, null), [])
    }
  })

  it('lets only benefits and medication be not needed, and only with a reason', () => {
    for (const item of ITEM_KEYS) {
      const problems = statusProblems(item, 'not-needed', {}, 'Has a job to go to')
      if (item === 'benefits' || item === 'medication') assert.deepEqual(problems, [], item)
      else
        assert.deepEqual(
          problems.map(p => p.field),
          ['status'],
          item,
        )
    }
    assert.deepEqual(statusProblems('medication', 'not-needed', {}, '  '), [
      { field: 'note', message: 'Say why this is not needed' },
    ])
  })

  it('refuses a first appointment before the release, naming the release date', () => {
    assert.deepEqual(appointmentProblem('2027-02-28', RELEASE), {
      field: 'appointmentDate',
      message: 'The appointment must be on or after the release date, 1 March 2027',
    })
    assert.equal(appointmentProblem(RELEASE, RELEASE), null)
    assert.equal(appointmentProblem('2027-02-28', null), null)
    assert.equal(appointmentProblem(undefined, RELEASE), null)
  })
})

describe('the housing duty to refer', () => {
  const duty = (daysToRelease: number, extra: Partial<Parameters<typeof housingDuty>[0]> = {}) => {
    const today = '2027-01-01'
    const release = addDays(today, daysToRelease)
    return housingDuty({ accommodationNeed: true, referred: false, released: false, release, today, ...extra })
  }

  it('is flagged at 56 and 55 days from release, not at 57', () => {
    assert.equal(duty(57).flagged, false)
    assert.equal(duty(56).flagged, true)
    assert.equal(duty(55).flagged, true)
    assert.equal(duty(57).daysToRelease, 57)
  })

  it('gives the date to refer by: the release less 56 days', () => {
    // 1 January 2027 + 57 days = 27 February 2027; less 56 days = 2 January 2027.
    assert.equal(duty(57).referBy, '2027-01-02')
    const far = housingDuty({
      accommodationNeed: true,
      referred: false,
      released: false,
      release: RELEASE,
      today: '2026-01-01',
    })
    assert.equal(far.referBy, '2027-01-04')
    assert.equal(far.flagged, false)
  })

  it('stays flagged on release day and after, while the person is still in custody', () => {
    assert.equal(duty(0).flagged, true)
    assert.equal(duty(-3).flagged, true)
  })

  it('is not flagged once a referral is recorded, without a need, after release, or without a release date', () => {
    assert.equal(duty(10, { referred: true }).flagged, false)
    assert.equal(duty(10, { accommodationNeed: false }).flagged, false)
    assert.equal(duty(10, { released: true }).flagged, false)
    assert.deepEqual(
      housingDuty({ accommodationNeed: true, referred: false, released: false, release: null, today: '2027-01-01' }),
      { referBy: null, daysToRelease: null, flagged: false },
    )
  })

  it('counts an accommodation need unless the first night is met in settled accommodation', () => {
    assert.equal(hasAccommodationNeed('met', 'settled'), false)
    assert.equal(hasAccommodationNeed('met', 'bail-probation'), true)
    assert.equal(hasAccommodationNeed('met', 'other-unsettled'), true)
    assert.equal(hasAccommodationNeed('in-progress', 'settled'), true)
    assert.equal(hasAccommodationNeed('not-started', undefined), true)
  })
})
