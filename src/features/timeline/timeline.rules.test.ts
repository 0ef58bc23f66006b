import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { arrange, pageOf } from './timeline.rules.ts'

const event = (at: string, kind: string, title = `${kind} ${at}`) => ({ at, kind, title })

describe('arranging a timeline', () => {
  it('puts the newest first, across days and times of day', () => {
    const events = [
      event('2026-01-10', 'custody'),
      event('2026-03-02T09:30:00.000Z', 'allocation'),
      event('2026-03-02', 'needs'),
      event('2026-11-20', 'release'),
    ]
    assert.deepEqual(
      arrange(events).map(e => e.kind),
      ['release', 'allocation', 'needs', 'custody'],
    )
  })

  it('keeps the sources’ order for moments on the same day', () => {
    const events = [event('2026-03-02', 'handover', 'first'), event('2026-03-02', 'handover', 'second')]
    assert.deepEqual(
      arrange(events).map(e => e.title),
      ['first', 'second'],
    )
  })

  it('keeps only the kind asked for, and everything when none is', () => {
    const events = [event('2026-01-10', 'custody'), event('2026-02-10', 'needs'), event('2026-03-10', 'needs')]
    assert.deepEqual(
      arrange(events, 'needs').map(e => e.at),
      ['2026-03-10', '2026-02-10'],
    )
    assert.equal(arrange(events).length, 3)
    assert.deepEqual(arrange(events, 'release'), [])
  })
})

describe('a page of the timeline', () => {
  const numbers = (n: number) => Array.from({ length: n }, (_, i) => i)

  it('shows 50 a page, the rest on the next, and the last page for a page past it', () => {
    assert.deepEqual(pageOf(numbers(120), 1).events, numbers(50))
    assert.deepEqual(pageOf(numbers(120), 3), { events: numbers(120).slice(100), total: 120, page: 3, pageCount: 3 })
    assert.deepEqual(pageOf(numbers(120), 9).page, 3)
    assert.deepEqual(pageOf([], 2), { events: [], total: 0, page: 1, pageCount: 1 })
  })

  it('shows every moment exactly once across its pages, in order', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (count, size) => {
        const all = numbers(count)
        const first = pageOf(all, 1, size)
        const pages = numbers(first.pageCount).map(n => pageOf(all, n + 1, size))
        assert.deepEqual(
          pages.flatMap(p => p.events),
          all,
        )
        assert.ok(pages.every(p => p.events.length <= size && p.total === count))
        assert.ok(pages.slice(0, -1).every(p => p.events.length === size))
      }),
    )
  })
})
