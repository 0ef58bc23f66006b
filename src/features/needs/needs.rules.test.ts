import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../../platform/dates/calendar-date.ts'
import { NEED_STATUSES, NEEDS_CATALOGUE, URGENCIES, type NeedStatus, type Urgency } from './needs.catalogue.ts'
import {
  actionIsOverdue,
  changeOf,
  changesSinceArrival,
  deadlineOf,
  hasNeed,
  latestByPathway,
  pathwaysWithNeed,
  womensNeedsRaised,
  womensNeedsSinceArrival,
  type PathwayAnswer,
  type ScreeningAnswers,
} from './needs.rules.ts'

const answer = (
  status: NeedStatus,
  urgency: Urgency | null = status === 'no-need' ? null : 'medium',
): PathwayAnswer => ({
  status,
  urgency,
  ownWords: null,
})

const screening = (
  kind: ScreeningAnswers['kind'],
  pathways: ScreeningAnswers['pathways'],
  womens: Partial<Pick<ScreeningAnswers, 'womensNeedsApply' | 'womensNeeds'>> = {},
): ScreeningAnswers => ({ kind, pathways, womensNeedsApply: false, womensNeeds: {}, ...womens })

describe('deadlines', () => {
  it('is due until the due date, due today on it, and overdue from the day after', () => {
    assert.deepEqual(deadlineOf('2026-11-25', null, '2026-11-23'), {
      dueDate: '2026-11-25',
      doneOn: null,
      state: 'due',
      days: 2,
    })
    assert.equal(deadlineOf('2026-11-25', null, '2026-11-25').state, 'due-today')
    assert.deepEqual(deadlineOf('2026-11-25', null, '2026-11-26'), {
      dueDate: '2026-11-25',
      doneOn: null,
      state: 'overdue',
      days: 1,
    })
  })

  it('is done on time when done on or before the due date, and late (by how many days) after it', () => {
    assert.equal(deadlineOf('2026-11-25', '2026-11-25', '2027-01-01').state, 'done')
    assert.equal(deadlineOf('2026-11-25', '2026-11-01', '2027-01-01').state, 'done')
    assert.deepEqual(deadlineOf('2026-11-25', '2026-12-05', '2027-01-01'), {
      dueDate: '2026-11-25',
      doneOn: '2026-12-05',
      state: 'done-late',
      days: 10,
    })
  })

  it('cannot be late without a due date (no earliest release date yet)', () => {
    assert.deepEqual(deadlineOf(null, null, '2026-11-23'), {
      dueDate: null,
      doneOn: null,
      state: 'not-known',
      days: null,
    })
    assert.equal(deadlineOf(null, '2026-11-23', '2026-11-23').state, 'done')
  })

  it('counts across month and year ends by the calendar', () => {
    assert.deepEqual(deadlineOf('2024-02-28', null, '2024-03-01'), {
      dueDate: '2024-02-28',
      doneOn: null,
      state: 'overdue',
      days: 2,
    })
    assert.equal(deadlineOf('2026-12-31', null, '2027-01-01').days, 1)
  })

  it('is overdue exactly when today is after the due date and nothing is done', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map(n => addDays('1990-01-01', n))
    fc.assert(
      fc.property(day, day, (due, today) => {
        const { state, days } = deadlineOf(due, null, today)
        assert.equal(state === 'overdue', today > due)
        assert.ok(days !== null && days >= 0)
      }),
    )
  })
})

describe('actions', () => {
  it('are overdue from the day after their due date until done', () => {
    assert.equal(actionIsOverdue({ dueDate: '2026-11-23', progress: 'not-started' }, '2026-11-23'), false)
    assert.equal(actionIsOverdue({ dueDate: '2026-11-22', progress: 'not-started' }, '2026-11-23'), true)
    assert.equal(actionIsOverdue({ dueDate: '2026-11-22', progress: 'in-progress' }, '2026-11-23'), true)
    assert.equal(actionIsOverdue({ dueDate: '2026-11-22', progress: 'done' }, '2026-11-23'), false)
  })
})

describe('the latest answer for each pathway', () => {
  it('is every status but "no need" that counts as a need', () => {
    assert.deepEqual(NEED_STATUSES.filter(hasNeed), ['need-identified', 'in-progress', 'support-declined', 'done'])
  })

  it('takes the pre-release review over the screening on arrival, whatever their order', () => {
    const arrival = screening('arrival', {
      accommodation: answer('need-identified', 'high'),
      health: answer('no-need'),
    })
    const review = screening('pre-release', { accommodation: answer('in-progress', 'low') })
    const latest = latestByPathway([review, arrival])
    assert.deepEqual(latest.accommodation, { ...answer('in-progress', 'low'), kind: 'pre-release' })
    assert.deepEqual(latest.health, { ...answer('no-need'), kind: 'arrival' }, 'an older answer fills a gap')
    assert.equal(latest['drugs-alcohol'], null)
    assert.deepEqual(
      Object.keys(latest),
      NEEDS_CATALOGUE.pathways.map(p => p.key),
    )
  })

  it('offers for actions only the pathways whose latest answer is a need', () => {
    const arrival = screening('arrival', {
      accommodation: answer('need-identified'),
      health: answer('no-need'),
      'finance-id': answer('need-identified'),
    })
    const review = screening('pre-release', { accommodation: answer('no-need'), health: answer('done') })
    assert.deepEqual(pathwaysWithNeed([arrival]), ['accommodation', 'finance-id'])
    assert.deepEqual(pathwaysWithNeed([arrival, review]), ['finance-id', 'health'])
    assert.deepEqual(pathwaysWithNeed([]), [])
  })
})

describe('what changed since arrival', () => {
  it('names the most telling change first', () => {
    const cases: [PathwayAnswer | null, PathwayAnswer | null, string][] = [
      [null, answer('need-identified'), 'not-compared'],
      [answer('need-identified'), null, 'not-compared'],
      [answer('no-need'), answer('need-identified', 'low'), 'new-need'],
      [answer('need-identified', 'urgent'), answer('no-need'), 'no-longer-a-need'],
      [answer('need-identified', 'low'), answer('done', 'urgent'), 'need-met'],
      [answer('done', 'low'), answer('done', 'low'), 'no-change'],
      [answer('need-identified', 'low'), answer('need-identified', 'high'), 'more-pressing'],
      [answer('in-progress', 'urgent'), answer('need-identified', 'medium'), 'less-pressing'],
      [answer('need-identified', 'medium'), answer('support-declined', 'medium'), 'status-changed'],
      [answer('no-need'), answer('no-need'), 'no-change'],
      [answer('in-progress', 'high'), answer('in-progress', 'high'), 'no-change'],
    ]
    for (const [arrival, review, change] of cases) {
      assert.equal(changeOf(arrival, review), change, `${arrival?.status}/${arrival?.urgency} → ${review?.status}`)
    }
  })

  it('says "no change" exactly when the status and urgency are the same', () => {
    const anyAnswer = fc
      .tuple(fc.constantFrom(...NEED_STATUSES), fc.constantFrom(...URGENCIES))
      .map(([status, urgency]) => answer(status, status === 'no-need' ? null : urgency))
    fc.assert(
      fc.property(anyAnswer, anyAnswer, (before, after) => {
        const same = before.status === after.status && before.urgency === after.urgency
        assert.equal(changeOf(before, after) === 'no-change', same)
      }),
    )
  })

  it('compares every pathway of the catalogue, in its order', () => {
    const arrival = screening('arrival', { accommodation: answer('need-identified', 'low') })
    const review = screening('pre-release', { accommodation: answer('done', 'low'), health: answer('no-need') })
    const changes = changesSinceArrival(arrival, review)
    assert.deepEqual(
      changes.map(c => c.pathway),
      NEEDS_CATALOGUE.pathways.map(p => p.key),
    )
    assert.equal(changes[0]!.change, 'need-met')
    assert.equal(changes.find(c => c.pathway === 'health')!.change, 'not-compared', 'not answered on arrival')
  })
})

describe('needs particular to women', () => {
  const womens = {
    womensNeedsApply: true,
    womensNeeds: { 'domestic-abuse': 'yes', trauma: 'not-said', 'sex-work': 'no' },
  } as const

  it('raises the needs answered yes, only where the questions applied', () => {
    assert.deepEqual(womensNeedsRaised(screening('arrival', {}, womens)), ['domestic-abuse'])
    assert.deepEqual(womensNeedsRaised(screening('arrival', {}, { ...womens, womensNeedsApply: false })), [])
    assert.deepEqual(womensNeedsRaised(null), [])
  })

  it('shows the answers on arrival and before release side by side, and which changed', () => {
    const arrival = screening('arrival', {}, womens)
    const review = screening(
      'pre-release',
      {},
      {
        womensNeedsApply: true,
        womensNeeds: { 'domestic-abuse': 'yes', trauma: 'yes', 'sex-work': 'no', 'caring-for-children': 'no' },
      },
    )
    const rows = womensNeedsSinceArrival(arrival, review)
    assert.deepEqual(rows, [
      { need: 'domestic-abuse', arrival: 'yes', preRelease: 'yes', changed: false },
      { need: 'sex-work', arrival: 'no', preRelease: 'no', changed: false },
      { need: 'caring-for-children', arrival: null, preRelease: 'no', changed: true },
      { need: 'trauma', arrival: 'not-said', preRelease: 'yes', changed: true },
    ])
    assert.equal(womensNeedsSinceArrival(arrival, null)[0]!.changed, false, 'nothing changes before a review')
    assert.deepEqual(womensNeedsSinceArrival(screening('arrival', {}), null), [], 'not shown where they never applied')
  })
})

describe('the catalogue', () => {
  it('holds the seven resettlement pathways and places each women’s need within one of them', () => {
    assert.equal(NEEDS_CATALOGUE.pathways.length, 7)
    const keys = new Set(NEEDS_CATALOGUE.pathways.map(p => p.key))
    assert.equal(keys.size, 7)
    for (const need of NEEDS_CATALOGUE.womensNeeds) assert.ok(keys.has(need.pathway), need.key)
    assert.deepEqual(
      NEEDS_CATALOGUE.womensNeeds.map(n => n.key),
      ['domestic-abuse', 'sex-work', 'caring-for-children', 'trauma'],
    )
  })
})
