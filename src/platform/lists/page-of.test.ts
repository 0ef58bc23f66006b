import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { pageOf } from './page-of.ts'

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('a page of a list', () => {
  it('shows 50 a page, the rest on the next, and the last page for a page past it', () => {
    assert.deepEqual(pageOf(numbers(120), 1).items, numbers(50))
    assert.deepEqual(pageOf(numbers(120), 3), { items: numbers(120).slice(100), total: 120, page: 3, pageCount: 3 })
    assert.deepEqual(pageOf(numbers(120), 9).page, 3)
    assert.deepEqual(pageOf([], 2), { items: [], total: 0, page: 1, pageCount: 1 })
  })

  it('shows every item exactly once across its pages, in order', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (count, size) => {
        const all = numbers(count)
        const first = pageOf(all, 1, size)
        const pages = numbers(first.pageCount).map(n => pageOf(all, n + 1, size))
        assert.deepEqual(
          pages.flatMap(p => p.items),
          all,
        )
        assert.ok(pages.every(p => p.items.length <= size && p.total === count))
        assert.ok(pages.slice(0, -1).every(p => p.items.length === size))
      }),
    )
  })
})
