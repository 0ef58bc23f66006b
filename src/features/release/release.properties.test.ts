/** Invariants of the release rules over many generated release dates and days (fast-check). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays, addMonths, daysBetween, parts } from '../../platform/dates/calendar-date.ts'
import {
  FOLLOW_UP_KINDS,
  followUpDueDate,
  followUpOpensOn,
  followUpsFor,
  followUpState,
  releaseDateEpisodeProblems,
  releaseDateFutureProblems,
} from './release.rules.ts'

const RUNS = { numRuns: 500 }
const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map(d => d.toISOString().slice(0, 10))
const kinds = fc.constantFrom(...FOLLOW_UP_KINDS)

describe('release invariants (property)', () => {
  it('never makes a follow-up due on or before the release, nor open before the release', () => {
    fc.assert(
      fc.property(dates, kinds, (release, kind) => {
        assert.ok(followUpDueDate(kind, release) > release)
        assert.ok(followUpOpensOn(kind, release) >= release)
        assert.ok(followUpOpensOn(kind, release) <= followUpDueDate(kind, release))
      }),
      RUNS,
    )
  })

  it('keeps the follow-ups in order: 3 weeks, 6 weeks, 3 months, 6 months', () => {
    fc.assert(
      fc.property(dates, release => {
        const due = followUpsFor(release, true).map(f => f.dueDate)
        assert.deepEqual(due, [...due].sort())
        assert.equal(new Set(due).size, due.length)
      }),
      RUNS,
    )
  })

  it('takes calendar months with the day kept or clamped to the end of the month', () => {
    fc.assert(
      fc.property(dates, release => {
        const due = followUpDueDate('accommodation-3-months', release)
        const [from, to] = [parts(release), parts(due)]
        assert.equal(to.year * 12 + to.month - (from.year * 12 + from.month), 3)
        assert.ok(to.day === from.day || (to.day < from.day && addDays(due, 1).endsWith('-01')))
        assert.equal(followUpDueDate('employment-6-months', release), addMonths(release, 6))
        assert.equal(daysBetween(release, followUpDueDate('employment-6-weeks', release)), 42)
      }),
      RUNS,
    )
  })

  it('moves a week-based due date exactly as far as the release moves', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -400, max: 400 }), (release, shift) => {
        const moved = addDays(release, shift)
        for (const kind of ['treatment-3-weeks', 'employment-6-weeks'] as const)
          assert.equal(daysBetween(followUpDueDate(kind, release), followUpDueDate(kind, moved)), shift)
      }),
      RUNS,
    )
  })

  it('moves an unanswered follow-up forward only: not yet due, then due, then overdue, never back', () => {
    const rank = { 'not-yet-due': 0, due: 1, overdue: 2, done: 3 }
    fc.assert(
      fc.property(dates, kinds, fc.integer({ min: -30, max: 400 }), (release, kind, offset) => {
        const dates = { dueDate: followUpDueDate(kind, release), opensOn: followUpOpensOn(kind, release) }
        const day = addDays(release, offset)
        assert.ok(rank[followUpState(dates, false, day)] <= rank[followUpState(dates, false, addDays(day, 1))])
        assert.equal(followUpState(dates, true, day), 'done')
      }),
      RUNS,
    )
  })

  it('accepts a release date exactly when it lies between the sentence start, today and the licence expiry', () => {
    fc.assert(
      fc.property(dates, dates, dates, dates, (release, start, expiry, today) => {
        const ok = release <= today && release >= start && release <= expiry
        const problems = [
          ...releaseDateFutureProblems(release, today),
          ...releaseDateEpisodeProblems(release, { sentenceStartDate: start, licenceExpiryDate: expiry }),
        ]
        assert.equal(problems.length === 0, ok)
        assert.ok(problems.every(p => p.field === 'releaseDate'))
      }),
      RUNS,
    )
  })
})
