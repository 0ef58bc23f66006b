import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { groupCommit } from './group-commit.ts'

/** A write that records each batch and finishes only when the test lets it. */
function heldWrites(fail: (item: string) => boolean = () => false) {
  const batches: string[][] = []
  const releases: (() => void)[] = []
  const write = (items: string[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(items)
      releases.push(() => (items.some(fail) ? reject(new Error(`refused ${items.join(',')}`)) : resolve()))
    })
  const releaseNext = async () => {
    await new Promise(resolve => setImmediate(resolve))
    releases.shift()?.()
    await new Promise(resolve => setImmediate(resolve))
  }
  return { batches, write, releaseNext }
}

describe('group commit', () => {
  it('writes a lone item at once, on its own', async () => {
    const held = heldWrites()
    const done = groupCommit(held.write)('a')
    assert.deepEqual(held.batches, [['a']])
    await held.releaseNext()
    await done
  })

  it('writes the items that arrive during a write together in the next one', async () => {
    const held = heldWrites()
    const append = groupCommit(held.write)
    const settled: string[] = []
    const all = ['a', 'b', 'c', 'd'].map(item => append(item).then(() => void settled.push(item)))
    assert.deepEqual(held.batches, [['a']])
    await held.releaseNext()
    assert.deepEqual(settled, ['a'], 'b, c and d are not acknowledged before their own write')
    assert.deepEqual(held.batches, [['a'], ['b', 'c', 'd']])
    await held.releaseNext()
    await Promise.all(all)
    assert.deepEqual(settled, ['a', 'b', 'c', 'd'])
  })

  it('keeps each write within the largest batch', async () => {
    const held = heldWrites()
    const append = groupCommit(held.write, 2)
    const all = ['a', 'b', 'c', 'd', 'e'].map(item => append(item))
    for (let n = 0; n < 3; n++) await held.releaseNext()
    await Promise.all(all)
    assert.deepEqual(held.batches, [['a'], ['b', 'c'], ['d', 'e']])
  })

  it('fails only the caller whose item is refused, after retrying a failed batch item by item', async () => {
    const held = heldWrites(item => item === 'c')
    const append = groupCommit(held.write)
    const outcomes = ['a', 'b', 'c', 'd'].map(item =>
      append(item).then(
        () => 'written',
        (error: Error) => error.message,
      ),
    )
    for (let n = 0; n < 5; n++) await held.releaseNext()
    assert.deepEqual(await Promise.all(outcomes), ['written', 'written', 'refused c', 'written'])
    assert.deepEqual(held.batches, [['a'], ['b', 'c', 'd'], ['b'], ['c'], ['d']])
  })

  it('starts writing again after the queue has emptied', async () => {
    const held = heldWrites()
    const append = groupCommit(held.write)
    const first = append('a')
    await held.releaseNext()
    await first
    const second = append('b')
    assert.deepEqual(held.batches, [['a'], ['b']])
    await held.releaseNext()
    await second
  })

  it('says when everything handed in is written, as shutdown waits for it', async () => {
    const held = heldWrites()
    const append = groupCommit(held.write)
    await append.flushed()
    const items = ['a', 'b', 'c'].map(item => append(item))
    let flushed = false
    const done = append.flushed().then(() => void (flushed = true))
    await held.releaseNext()
    assert.equal(flushed, false, 'b and c are still waiting')
    await held.releaseNext()
    await done
    await Promise.all(items)
    assert.deepEqual(held.batches, [['a'], ['b', 'c']])
  })
})
