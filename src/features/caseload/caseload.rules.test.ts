import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  byRelease,
  daysToRelease,
  deadlines,
  nextAndOverdue,
  stageOf,
  type CaseDates,
  type ReleaseDates,
} from './caseload.rules.ts'

const TODAY = '2026-11-23'
const custody = (over: Partial<CaseDates> = {}): CaseDates => ({
  hasEpisode: true,
  releaseDate: null,
  earliestReleaseDate: '2028-01-01',
  licenceExpiryDate: '2029-01-01',
  handoverDate: '2027-05-01',
  comAllocationOverdueFrom: '2027-05-03',
  hasCom: true,
  ...over,
})

describe('the stage of a case', () => {
  it('is due out from 84 days before the earliest release date, not 85', () => {
    assert.equal(stageOf(custody({ earliestReleaseDate: '2027-02-15' }), TODAY), 'due-out') // 84 days
    assert.equal(
      stageOf(custody({ earliestReleaseDate: '2027-02-16', handoverDate: '2027-06-01' }), TODAY),
      'in-custody',
    ) // 85 days
  })

  it('is handover due from 28 days before the handover date, and after it', () => {
    assert.equal(stageOf(custody({ handoverDate: '2026-12-21' }), TODAY), 'handover-due') // 28 days
    assert.equal(stageOf(custody({ handoverDate: '2026-12-22' }), TODAY), 'in-custody') // 29 days
    assert.equal(stageOf(custody({ handoverDate: '2026-01-01' }), TODAY), 'handover-due')
  })

  it('is released for 6 weeks after release, then on licence until the licence ends', () => {
    assert.equal(stageOf(custody({ releaseDate: '2026-10-13' }), TODAY), 'released') // 41 days ago
    assert.equal(stageOf(custody({ releaseDate: '2026-10-12' }), TODAY), 'on-licence') // 42 days ago
    assert.equal(stageOf(custody({ releaseDate: '2025-01-01', licenceExpiryDate: '2026-11-23' }), TODAY), 'on-licence')
    assert.equal(
      stageOf(custody({ releaseDate: '2025-01-01', licenceExpiryDate: '2026-11-22' }), TODAY),
      'licence-ended',
    )
  })

  it('is not recorded without a custody episode', () => {
    assert.equal(stageOf(custody({ hasEpisode: false }), TODAY), 'not-recorded')
  })

  it('prefers due out to handover due when both apply', () => {
    assert.equal(stageOf(custody({ earliestReleaseDate: '2027-01-01', handoverDate: '2026-05-01' }), TODAY), 'due-out')
  })
})

describe('deadlines ahead', () => {
  it('puts an overdue COM allocation first, and only when there is no COM', () => {
    const late = deadlines(custody({ hasCom: false, comAllocationOverdueFrom: '2026-11-23' }), TODAY)
    assert.deepEqual(late[0], { what: 'Allocate a COM', date: '2026-11-23', overdue: true })
    assert.ok(
      !deadlines(custody({ comAllocationOverdueFrom: '2026-11-01' }), TODAY).some(d => d.what === 'Allocate a COM'),
    )
  })

  it('lists what lies ahead soonest first, and nothing once released', () => {
    assert.deepEqual(
      deadlines(custody(), TODAY).map(d => d.what),
      ['Handover to the COM', 'Release'],
    )
    assert.deepEqual(deadlines(custody({ releaseDate: '2026-11-01' }), TODAY), [])
  })

  it('counts days to release for people in custody only', () => {
    assert.equal(daysToRelease(custody({ earliestReleaseDate: '2026-11-30' }), TODAY), 7)
    assert.equal(daysToRelease(custody({ releaseDate: '2026-11-01' }), TODAY), null)
  })
})

describe('next deadline and overdue', () => {
  const handover = { what: 'Handover to the COM', date: '2026-12-10', overdue: false }
  const open = (label: string, dueDate: string) => ({ personId: 'p', label, dueDate })

  it('takes the soonest deadline not yet passed as next, from key dates and features alike', () => {
    const { next } = nextAndOverdue(
      'in-custody',
      [handover],
      [open('Bank account', '2026-12-01'), open('GP', '2026-12-20')],
      TODAY,
    )
    assert.deepEqual(next, { what: 'Bank account', date: '2026-12-01', overdue: false })
    assert.deepEqual(nextAndOverdue('in-custody', [handover], [open('GP', '2026-12-20')], TODAY).next, handover)
  })

  it('counts a feature deadline overdue only from the day after it falls due', () => {
    const today = nextAndOverdue('in-custody', [], [open('Identity documents', TODAY)], TODAY)
    assert.deepEqual(today.overdue, [])
    assert.equal(today.next?.what, 'Identity documents')
    const yesterday = nextAndOverdue('in-custody', [], [open('Identity documents', '2026-11-22')], TODAY)
    assert.deepEqual(yesterday.overdue, [{ what: 'Identity documents', date: '2026-11-22', overdue: true }])
    assert.equal(yesterday.next, null)
  })

  it('lists every overdue item, oldest first, and keeps an overdue key-date deadline out of next', () => {
    const allocate = { what: 'Allocate a COM', date: '2026-11-20', overdue: true }
    const { next, overdue } = nextAndOverdue(
      'in-custody',
      [allocate, handover],
      [open('Screening on arrival', '2026-01-08'), open('Bank account', '2026-11-21')],
      TODAY,
    )
    assert.deepEqual(
      overdue.map(d => d.what),
      ['Screening on arrival', 'Allocate a COM', 'Bank account'],
    )
    assert.equal(next, handover)
  })
})

describe('each label once, and nothing once the licence has ended', () => {
  const open = (label: string, dueDate: string) => ({ personId: 'p', label, dueDate })

  it('shows two overdue items of one label once, dated by the older', () => {
    const { overdue } = nextAndOverdue(
      'on-licence',
      [],
      [open('Action: Housing', '2026-10-01'), open('Action: Housing', '2026-09-01'), open('GP', '2026-11-01')],
      TODAY,
    )
    assert.deepEqual(overdue, [
      { what: 'Action: Housing', date: '2026-09-01', overdue: true },
      { what: 'GP', date: '2026-11-01', overdue: true },
    ])
  })

  it('does not show a label already overdue again as the next deadline', () => {
    const { next, overdue } = nextAndOverdue(
      'on-licence',
      [],
      [open('Office appointment', '2026-11-10'), open('Office appointment', '2026-11-30'), open('GP', '2026-12-05')],
      TODAY,
    )
    assert.deepEqual(
      overdue.map(d => d.what),
      ['Office appointment'],
    )
    assert.deepEqual(next, { what: 'GP', date: '2026-12-05', overdue: false })
  })

  it('keeps a key-date deadline and a feature deadline of the same label to one', () => {
    const allocate = { what: 'Allocate a COM', date: '2026-11-20', overdue: true }
    const { overdue } = nextAndOverdue('due-out', [allocate], [open('Allocate a COM', '2026-11-21')], TODAY)
    assert.deepEqual(overdue, [allocate])
  })

  it('flags nothing overdue, and nothing next, for a person whose licence has ended', () => {
    const late = [open('Accommodation follow-up', '2026-01-01'), open('Action: Housing', '2027-01-01')]
    assert.deepEqual(nextAndOverdue('licence-ended', [], late, TODAY), { next: null, overdue: [] })
    assert.equal(nextAndOverdue('on-licence', [], late, TODAY).overdue.length, 1)
  })
})

describe('release date, soonest first', () => {
  const inCustody = (earliestReleaseDate: string): ReleaseDates => ({ releaseDate: null, earliestReleaseDate })
  const released = (releaseDate: string): ReleaseDates => ({ releaseDate, earliestReleaseDate: '2020-01-01' })
  const noDate: ReleaseDates = { releaseDate: null, earliestReleaseDate: null }

  it('puts releases to come first, soonest first, then releases past, the most recent first, then no date', () => {
    const people = [
      released('2025-03-01'),
      noDate,
      inCustody('2027-06-01'),
      released('2026-11-01'),
      inCustody('2026-12-01'),
      inCustody('2026-11-20'),
      released('2026-06-01'),
    ]
    assert.deepEqual([...people].sort(byRelease), [
      inCustody('2026-11-20'),
      inCustody('2026-12-01'),
      inCustody('2027-06-01'),
      released('2026-11-01'),
      released('2026-06-01'),
      released('2025-03-01'),
      noDate,
    ])
  })

  it('keeps a person still in custody after their earliest release date among the releases to come, first', () => {
    assert.ok(byRelease(inCustody('2026-01-01'), inCustody('2026-12-01')) < 0)
    assert.ok(byRelease(inCustody('2026-01-01'), released('2026-11-22')) < 0)
  })

  it('ties equal dates, for the query to order by name', () => {
    assert.equal(byRelease(released('2026-01-01'), released('2026-01-01')), 0)
    assert.equal(byRelease(noDate, noDate), 0)
  })
})
