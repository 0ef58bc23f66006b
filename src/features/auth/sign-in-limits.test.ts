import assert from 'node:assert/strict'
import { setImmediate as tick } from 'node:timers/promises'
import { describe, it } from 'node:test'
import { TooManyRequests } from '../../platform/errors/errors.ts'
import { BUSY, createHashGate, createUnknownNameThrottle } from './sign-in-limits.ts'
import {
  SOURCE_MAX_FAILURES,
  SOURCE_WINDOW_MINUTES,
  sourceKey,
  sourceRetryAfterSeconds,
} from './sign-in-limits.rules.ts'
import { afterFailure } from './sign-in.rules.ts'

const NOW = new Date('2026-12-04T10:00:00Z')

describe('sign-in limits by source address', () => {
  it('uses the limits the brief names: 20 failures in 15 minutes', () => {
    assert.equal(SOURCE_MAX_FAILURES, 20)
    assert.equal(SOURCE_WINDOW_MINUTES, 15)
  })

  it('counts an IPv4 address as it is, also when mapped into IPv6', () => {
    assert.equal(sourceKey('203.0.113.7'), '203.0.113.7')
    assert.equal(sourceKey('::ffff:203.0.113.7'), '203.0.113.7')
    assert.equal(sourceKey(undefined), 'unknown')
  })

  it('counts an IPv6 address by its /64, however it is written', () => {
    const key = '2001:0db8:0001:0002::/64'
    for (const address of [
      '2001:db8:1:2::1',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:DB8:1:2:0:0:0:9',
      '2001:db8:1:2::a%eth0',
    ])
      assert.equal(sourceKey(address), key, address)
    assert.notEqual(sourceKey('2001:db8:1:3::1'), key, 'the next /64 is another source')
    assert.equal(sourceKey('::1'), '0000:0000:0000:0000::/64')
    assert.equal(sourceKey('2001:db8::'), '2001:0db8:0000:0000::/64')
  })

  it('lets 20 attempts through in a window and refuses the 21st until the window ends', () => {
    const windowStartedAt = new Date(NOW.getTime() - 5 * 60_000)
    assert.equal(sourceRetryAfterSeconds({ failures: 20, windowStartedAt }, NOW), 0)
    assert.equal(sourceRetryAfterSeconds({ failures: 21, windowStartedAt }, NOW), 10 * 60)
    assert.equal(
      sourceRetryAfterSeconds({ failures: 99, windowStartedAt: new Date(NOW.getTime() - 15 * 60_000) }, NOW),
      1,
    )
  })
})

describe('the gate on password checks', () => {
  it('runs at most its number of checks at once, queues the next ones in order and refuses beyond the queue', async () => {
    const gate = createHashGate(2, 3)
    const releases: (() => void)[] = []
    const started: number[] = []
    const work = (n: number) => () =>
      new Promise<number>(resolve => {
        started.push(n)
        releases.push(() => resolve(n))
      })
    const runs = [1, 2, 3, 4, 5].map(n => gate.run(work(n)))
    await assert.rejects(gate.run(work(6)), (error: unknown) => {
      assert.ok(error instanceof TooManyRequests)
      assert.equal(error.message, BUSY)
      assert.ok(error.retryAfterSeconds! > 0, 'says when to try again')
      return true
    })
    await tick()
    assert.deepEqual(started, [1, 2], 'two at once')
    releases.shift()!()
    await tick()
    await tick()
    assert.deepEqual(started, [1, 2, 3], 'the first in the queue takes the freed place')
    while (releases.length) {
      releases.shift()!()
      await tick()
      await tick()
    }
    assert.deepEqual(await Promise.all(runs), [1, 2, 3, 4, 5])
    assert.equal(gate.peak, 2)
    assert.equal(await gate.run(async () => 'free again'), 'free again')
  })

  it('gives the place back when a check fails', async () => {
    const gate = createHashGate(1, 0)
    await assert.rejects(
      gate.run(() => Promise.reject(new Error('broken'))),
      /broken/,
    )
    assert.equal(await gate.run(async () => 'next'), 'next')
  })
})

describe('the throttle of unknown usernames', () => {
  it('applies the same rules as to accounts, ignoring letter case', () => {
    const throttle = createUnknownNameThrottle()
    for (let i = 0; i < 5; i++) throttle.countAttempt('Nobody', state => afterFailure(state, NOW))
    const state = throttle.countAttempt('NOBODY', s => s)
    assert.ok(state.lockedUntil && state.lockedUntil > NOW)
  })

  it('keeps at most its capacity of names, forgetting the oldest first', () => {
    const throttle = createUnknownNameThrottle(100)
    for (let i = 0; i < 10_000; i++) throttle.countAttempt(`sprayed-${i}`, state => afterFailure(state, NOW))
    assert.equal(throttle.size, 100)
    assert.deepEqual(
      throttle.countAttempt('sprayed-9999', s => s),
      { failures: 1, lockedUntil: null },
    )
    assert.deepEqual(
      throttle.countAttempt('sprayed-0', s => s),
      { failures: 0, lockedUntil: null },
      'forgotten',
    )
  })
})
