import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import type { OversightItem } from '../../platform/case/oversight-item.ts'
import { itemKey, openItems, oversightShare, shareSince, signOffProblem } from './oversight.rules.ts'

const item = (extra: Partial<OversightItem> = {}): OversightItem => ({
  kind: 'handover-overdue',
  subjectId: 'e1',
  personId: 'p1',
  label: 'Handover meeting overdue',
  since: '2026-11-01',
  href: '/people/p1/handover',
  clears: 'sign-off',
  ...extra,
})

describe('the open items of the queue', () => {
  it('leaves out what was signed off, by kind and record', () => {
    const items = [item(), item({ kind: 'release-without-accommodation' }), item({ subjectId: 'e2' })]
    const open = openItems(items, new Set([itemKey(item())]))
    assert.deepEqual(
      open.map(i => [i.kind, i.subjectId]),
      [
        ['handover-overdue', 'e2'],
        ['release-without-accommodation', 'e1'],
      ],
    )
  })

  it('puts the longest waiting first, then by kind and person', () => {
    const open = openItems(
      [
        item({ since: '2026-11-03', subjectId: 'a' }),
        item({ since: '2026-10-01', kind: 'waiting-for-com', subjectId: 'b' }),
        item({ since: '2026-10-01', kind: 'handover-overdue', subjectId: 'c', personId: 'p2' }),
        item({ since: '2026-10-01', kind: 'handover-overdue', subjectId: 'd', personId: 'p1' }),
      ],
      new Set(),
    )
    assert.deepEqual(
      open.map(i => i.subjectId),
      ['d', 'c', 'b', 'a'],
    )
  })

  it('shows an item given twice once', () => {
    assert.equal(openItems([item(), item()], new Set()).length, 1)
  })

  it('keeps every item not signed off, once, in order, whatever the items (property)', () => {
    const arbitraryItem = fc.record({
      kind: fc.constantFrom('a', 'b', 'c'),
      subjectId: fc.constantFrom('1', '2', '3', '4'),
      personId: fc.constantFrom('p', 'q'),
      since: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
    })
    fc.assert(
      fc.property(fc.array(arbitraryItem), fc.array(arbitraryItem), (given, signed) => {
        const items = given.map(g => item(g))
        const signedOff = new Set(signed.map(itemKey))
        const open = openItems(items, signedOff)
        const expected = new Set(items.map(itemKey).filter(key => !signedOff.has(key)))
        assert.deepEqual(new Set(open.map(itemKey)), expected)
        assert.equal(open.length, expected.size)
        for (let i = 1; i < open.length; i++) assert.ok(open[i - 1]!.since <= open[i]!.since)
      }),
    )
  })
})

describe('signing off from the queue', () => {
  it('signs off an item that is waiting and cleared by a sign-off', () => {
    assert.equal(signOffProblem(item()), null)
  })

  it('refuses an item no longer waiting', () => {
    assert.match(signOffProblem(undefined)!, /not waiting in your queue/)
  })

  it('refuses a countersignature, which is done on its own page', () => {
    assert.match(signOffProblem(item({ clears: 'done-there' }))!, /done on its own page/)
  })
})

describe('the share of cases with recorded oversight', () => {
  it('counts the 12 weeks that end today, today included', () => {
    assert.equal(shareSince('2026-11-23'), '2026-09-01')
    assert.equal(shareSince('2026-11-23', 1), '2026-11-17')
  })

  it('rounds half up to a whole per cent', () => {
    assert.equal(oversightShare(1, 8, '2026-09-01', 12).percent, 13) // 12.5
    assert.equal(oversightShare(1, 3, '2026-09-01', 12).percent, 33) // 33.33…
    assert.equal(oversightShare(2, 3, '2026-09-01', 12).percent, 67) // 66.67…
    assert.equal(oversightShare(1, 200, '2026-09-01', 12).percent, 1) // 0.5
    assert.equal(oversightShare(1, 201, '2026-09-01', 12).percent, 0) // 0.497…
    assert.equal(oversightShare(0, 5, '2026-09-01', 12).percent, 0)
    assert.equal(oversightShare(5, 5, '2026-09-01', 12).percent, 100)
  })

  it('has no share for a team with no cases', () => {
    assert.equal(oversightShare(0, 0, '2026-09-01', 12).percent, null)
  })

  it('refuses more overseen cases than cases, or a fraction', () => {
    assert.throws(() => oversightShare(3, 2, '2026-09-01', 12), RangeError)
    assert.throws(() => oversightShare(0.5, 2, '2026-09-01', 12), RangeError)
    assert.throws(() => oversightShare(-1, 2, '2026-09-01', 12), RangeError)
  })

  it('matches the exact ratio rounded half up for every count up to 300 cases', () => {
    for (let cases = 1; cases <= 300; cases++) {
      for (let overseen = 0; overseen <= cases; overseen++) {
        // Exact: compare 2 × 100 × overseen with (2 × percent ± 1) × cases in integers.
        const { percent } = oversightShare(overseen, cases, '2026-09-01', 12)
        const twice = 200 * overseen
        assert.ok((2 * percent! - 1) * cases <= twice && twice < (2 * percent! + 1) * cases, `${overseen}/${cases}`)
      }
    }
  })
})
