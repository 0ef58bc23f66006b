/** Invariants of the readiness rules over many generated checklists and dates (fast-check). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays, daysBetween } from '../../platform/dates/calendar-date.ts'
import {
  dueDate,
  housingDuty,
  isResolved,
  ITEM_KEYS,
  ITEM_STATUSES,
  READINESS_POLICY,
  summarise,
  type ItemKey,
  type ItemStatus,
  type Rag,
} from './readiness.rules.ts'

const RUNS = { numRuns: 500 }
const SEVERITY: Record<Rag, number> = { green: 0, amber: 1, red: 2 }

const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map(d => d.toISOString().slice(0, 10))
const statuses = fc.record(
  Object.fromEntries(ITEM_KEYS.map(k => [k, fc.constantFrom(...ITEM_STATUSES)])) as Record<
    ItemKey,
    fc.Arbitrary<ItemStatus>
  >,
)
/** A release and a today within a year either side of it, so that every boundary is reached. */
const releaseAndToday = dates.chain(release =>
  fc.tuple(
    fc.constant(release),
    fc.integer({ min: -365, max: 365 }).map(days => addDays(release, days)),
  ),
)

describe('readiness invariants (property)', () => {
  it('sets every due date exactly its lead time before the release, so that deadlines move with the release', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -400, max: 400 }), (release, shift) => {
        for (const item of ITEM_KEYS) {
          const due = dueDate(item, release)!
          assert.equal(daysBetween(due, release), READINESS_POLICY.dueDaysBeforeRelease[item])
          assert.equal(daysBetween(due, dueDate(item, addDays(release, shift))!), shift)
        }
      }),
      RUNS,
    )
  })

  it('agrees with the RAG rule stated plainly: green all resolved, red any unresolved on or after its due date', () => {
    fc.assert(
      fc.property(statuses, releaseAndToday, (checklist, [release, today]) => {
        const unresolved = ITEM_KEYS.filter(k => !isResolved(checklist[k]))
        const dueOrLate = unresolved.filter(k => today >= dueDate(k, release)!)
        const expected: Rag = unresolved.length === 0 ? 'green' : dueOrLate.length ? 'red' : 'amber'
        const summary = summarise(checklist, release, today)
        assert.equal(summary.rag, expected)
        assert.deepEqual(summary.due, dueOrLate)
        assert.equal(summary.due.length + summary.notYetDue.length, unresolved.length)
      }),
      RUNS,
    )
  })

  it('never gets better as days pass with nothing done', () => {
    fc.assert(
      fc.property(statuses, releaseAndToday, fc.integer({ min: 1, max: 200 }), (checklist, [release, today], later) => {
        const now = summarise(checklist, release, today).rag
        const then = summarise(checklist, release, addDays(today, later)).rag
        assert.ok(SEVERITY[then] >= SEVERITY[now], `${now} then ${then}`)
      }),
      RUNS,
    )
  })

  it('never gets worse when an item is met', () => {
    fc.assert(
      fc.property(statuses, releaseAndToday, fc.constantFrom(...ITEM_KEYS), (checklist, [release, today], item) => {
        const before = summarise(checklist, release, today).rag
        const after = summarise({ ...checklist, [item]: 'met' }, release, today).rag
        assert.ok(SEVERITY[after] <= SEVERITY[before], `${before} then ${after}`)
      }),
      RUNS,
    )
  })

  it('names as next the earliest due among items not yet due, which is after today', () => {
    fc.assert(
      fc.property(statuses, releaseAndToday, (checklist, [release, today]) => {
        const { next, notYetDue } = summarise(checklist, release, today)
        if (!next) return assert.equal(notYetDue.length, 0)
        assert.ok(next.dueDate > today)
        for (const item of notYetDue) assert.ok(dueDate(item, release)! >= next.dueDate)
      }),
      RUNS,
    )
  })

  it('flags the duty to refer exactly from the refer-by date, for a need with no referral in custody', () => {
    fc.assert(
      fc.property(
        releaseAndToday,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        ([release, today], need, referred, released) => {
          const duty = housingDuty({ accommodationNeed: need, referred, released, release, today })
          assert.equal(duty.referBy, addDays(release, -READINESS_POLICY.housingDutyReferralDays))
          assert.equal(duty.flagged, need && !referred && !released && today >= duty.referBy!)
          if (duty.flagged) assert.ok(duty.daysToRelease! <= READINESS_POLICY.housingDutyReferralDays)
        },
      ),
      RUNS,
    )
  })
})
