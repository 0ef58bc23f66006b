import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { arrange } from './timeline.rules.ts'

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
