import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  LOCK_MINUTES,
  MAX_FAILURES,
  afterFailure,
  failureDelayMs,
  isLocked,
  type ThrottleState,
} from './sign-in.rules.ts'

const NOW = new Date('2026-11-23T10:00:00Z')
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000)

/** The state after `n` failures in a row, each a second after the last. */
function failTimes(n: number, start: ThrottleState | undefined = undefined, from = NOW): ThrottleState | undefined {
  let state = start
  for (let i = 0; i < n; i++) state = afterFailure(state, new Date(from.getTime() + i * 1000))
  return state
}

describe('sign-in throttle rules', () => {
  it('uses the limits the brief names: five failures, then a lock of fifteen minutes', () => {
    assert.equal(MAX_FAILURES, 5)
    assert.equal(LOCK_MINUTES, 15)
  })

  it('treats a username never seen, or one with failures but no lock, as not locked', () => {
    assert.equal(isLocked(undefined, NOW), false)
    assert.equal(isLocked({ failures: 4, lockedUntil: null }, NOW), false)
  })

  it('is locked until the lock runs out, and not at or after that moment', () => {
    assert.equal(isLocked({ failures: 0, lockedUntil: minutes(1) }, NOW), true)
    assert.equal(isLocked({ failures: 0, lockedUntil: new Date(NOW.getTime() + 1) }, NOW), true)
    assert.equal(isLocked({ failures: 0, lockedUntil: NOW }, NOW), false)
    assert.equal(isLocked({ failures: 0, lockedUntil: minutes(-1) }, NOW), false)
  })

  it('counts each failure, starting at one for a username never seen', () => {
    assert.deepEqual(afterFailure(undefined, NOW), { failures: 1, lockedUntil: null })
    assert.deepEqual(afterFailure({ failures: 1, lockedUntil: null }, NOW), { failures: 2, lockedUntil: null })
    assert.deepEqual(afterFailure({ failures: 3, lockedUntil: null }, NOW), { failures: 4, lockedUntil: null })
  })

  it('locks for fifteen minutes from the fifth failure in a row, and starts the count again', () => {
    const locked = afterFailure({ failures: 4, lockedUntil: null }, NOW)
    assert.deepEqual(locked, { failures: 0, lockedUntil: minutes(LOCK_MINUTES) })
    assert.equal(isLocked(locked, minutes(LOCK_MINUTES - 1)), true)
    assert.equal(isLocked(locked, minutes(LOCK_MINUTES)), false)
  })

  it('is not locked after four failures and is locked after exactly five', () => {
    assert.equal(isLocked(failTimes(MAX_FAILURES - 1), minutes(0.1)), false)
    assert.equal(isLocked(failTimes(MAX_FAILURES), minutes(0.1)), true)
  })

  it('gives a username whose lock has run out a fresh count of one, not a new lock', () => {
    const ranOut = { failures: 0, lockedUntil: minutes(-1) }
    assert.deepEqual(afterFailure(ranOut, NOW), { failures: 1, lockedUntil: null })
    // Even a stale count left beside a lapsed lock does not carry over.
    assert.deepEqual(afterFailure({ failures: 4, lockedUntil: minutes(-1) }, NOW), { failures: 1, lockedUntil: null })
  })

  it('locks again after another five failures once a lock has run out', () => {
    const first = failTimes(MAX_FAILURES)
    const later = minutes(LOCK_MINUTES + 1)
    const again = failTimes(MAX_FAILURES, first, later)
    assert.equal(isLocked(again, new Date(later.getTime() + 10_000)), true)
    assert.equal(isLocked(failTimes(MAX_FAILURES - 1, first, later), new Date(later.getTime() + 10_000)), false)
  })

  it('answers the first failure at once and holds back each later one a quarter of a second more', () => {
    assert.equal(failureDelayMs(0), 0)
    assert.equal(failureDelayMs(1), 250)
    assert.equal(failureDelayMs(2), 500)
    assert.equal(failureDelayMs(4), 1000)
  })

  it('never holds back an answer more than two seconds', () => {
    assert.equal(failureDelayMs(8), 2000)
    assert.equal(failureDelayMs(9), 2000)
    assert.equal(failureDelayMs(1_000_000), 2000)
  })

  it('never shortens the pause as failures grow, and never goes below zero or above two seconds', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        const delay = failureDelayMs(low)
        return delay >= 0 && delay <= 2000 && delay <= failureDelayMs(high)
      }),
      { numRuns: 500 },
    )
  })

  it('leaves a running lock as it is when another failure comes in during it', () => {
    const locked = { failures: 0, lockedUntil: minutes(10) }
    assert.deepEqual(afterFailure(locked, NOW), locked)
  })

  it('locks with the failure that makes five in a row, whatever the count before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_FAILURES - 1 }),
        fc.integer({ min: 0, max: 600 }),
        (start, gapSeconds) => {
          let state: ThrottleState = { failures: start, lockedUntil: null }
          const at = (i: number) => new Date(NOW.getTime() + i * gapSeconds * 1000)
          let lockedAt = -1
          for (let i = 0; i < MAX_FAILURES; i++) {
            state = afterFailure(state, at(i))
            if (state.lockedUntil && lockedAt < 0) lockedAt = i
          }
          // The lock comes with the failure that makes five, not before, not after.
          return lockedAt === MAX_FAILURES - 1 - start
        },
      ),
      { numRuns: 300 },
    )
  })
})
