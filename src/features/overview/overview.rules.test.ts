import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { fromFeature, UPCOMING_SHOWN, whatNeedsDoing, type ToDo } from './overview.rules.ts'

const TODAY = '2026-12-02'
const todo = (what: string, dueDate: string, overdue = false): ToDo => ({ what, dueDate, overdue, href: null })

describe('what needs doing', () => {
  it('puts everything overdue first, oldest first, then what is next, soonest first', () => {
    const result = whatNeedsDoing(
      [todo('C', '2026-12-10'), todo('A', '2026-11-01'), todo('B', '2026-12-01'), todo('D', '2026-12-02')],
      TODAY,
      false,
    )
    assert.deepEqual(
      result.overdue.map(t => t.what),
      ['A', 'B'],
    )
    assert.deepEqual(
      result.upcoming.map(t => t.what),
      ['D', 'C'],
      'due today is not yet overdue',
    )
  })

  it('counts an item its source says is overdue as overdue, whatever its date', () => {
    assert.deepEqual(
      whatNeedsDoing([todo('Allocate a COM', TODAY, true)], TODAY, false).overdue.map(t => t.what),
      ['Allocate a COM'],
    )
  })

  it('lists the same thing on the same day once', () => {
    const result = whatNeedsDoing(
      [todo('Handover meeting', '2026-11-01'), todo('Handover meeting', '2026-11-01')],
      TODAY,
      false,
    )
    assert.equal(result.overdue.length, 1)
  })

  it(`shows the next ${UPCOMING_SHOWN} and counts the rest`, () => {
    const ahead = Array.from({ length: 8 }, (_, i) => todo(`T${i}`, `2027-01-0${i + 1}`))
    const result = whatNeedsDoing(ahead, TODAY, false)
    assert.equal(result.upcoming.length, UPCOMING_SHOWN)
    assert.equal(result.more, 8 - UPCOMING_SHOWN)
  })

  it('flags nothing once the licence has ended', () => {
    assert.deepEqual(whatNeedsDoing([todo('Follow-up', '2020-01-01')], TODAY, true), {
      overdue: [],
      upcoming: [],
      more: 0,
    })
  })

  it('never loses an item: overdue, shown and counted add up to the distinct items', () => {
    const day = fc.integer({ min: 1, max: 28 }).map(d => `2026-12-${String(d).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), day, fc.boolean())), items => {
        const result = whatNeedsDoing(
          items.map(([what, date, overdue]) => todo(what, date, overdue)),
          TODAY,
          false,
        )
        const distinct = new Set(items.map(([what, date]) => `${what}|${date}`)).size
        assert.equal(result.overdue.length + result.upcoming.length + result.more, distinct)
        assert.ok(result.upcoming.every(t => t.dueDate >= TODAY))
      }),
    )
  })
})

describe('a feature deadline on the overview', () => {
  it('links to its section only for a role that may open it', () => {
    const deadline = {
      personId: 'p',
      label: 'Bank account',
      dueDate: TODAY,
      href: '/people/p/readiness',
      section: 'readiness',
    }
    assert.equal(fromFeature(deadline, section => section === 'readiness').href, '/people/p/readiness')
    assert.equal(fromFeature(deadline, () => false).href, null)
  })
})
