import { TooManyRequests } from '../../platform/errors/errors.ts'
import type { ThrottleState } from './sign-in.rules.ts'

/** Each password check takes about 128 MiB (scrypt N=2^17): two at once, and a short queue, bound the memory. */
export const HASH_CONCURRENCY = 2
export const HASH_QUEUE = 32
export const BUSY = 'Resettle is busy. Wait a minute, then try again.'
const BUSY_RETRY_SECONDS = 5

/**
 * Runs at most `concurrency` password checks at once; `queue` more wait their turn, in order, and any beyond that
 * are refused at once with 429 rather than held in memory, so that a spray of sign-ins cannot take the server's memory.
 */
export function createHashGate(concurrency = HASH_CONCURRENCY, queue = HASH_QUEUE) {
  let running = 0
  const waiting: (() => void)[] = []
  let peak = 0
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= queue) throw new TooManyRequests(BUSY, BUSY_RETRY_SECONDS)
        await new Promise<void>(resolve => waiting.push(resolve))
      } else {
        running++
      }
      peak = Math.max(peak, running)
      try {
        return await work()
      } finally {
        // The slot passes straight to the next in the queue, or is given back.
        const next = waiting.shift()
        if (next) next()
        else running--
      }
    },
    /** The most checks that have run at once: for tests and the benchmark. */
    get peak() {
      return peak
    },
  }
}

export type HashGate = ReturnType<typeof createHashGate>

/**
 * Throttle state of usernames that name no account, in memory and bounded: a spray of made-up usernames writes no row
 * per name and cannot grow this beyond `capacity` (the oldest are forgotten first). The same rules apply as to real
 * accounts, so that the lock does not tell which usernames exist.
 */
export function createUnknownNameThrottle(capacity = 10_000) {
  const states = new Map<string, ThrottleState>()
  return {
    /** Saves `change` of the name's state and returns the state as it was, like the repository's countAttempt. */
    countAttempt(username: string, change: (state: ThrottleState) => ThrottleState): ThrottleState {
      const key = username.toLowerCase()
      const before = states.get(key) ?? { failures: 0, lockedUntil: null }
      states.delete(key)
      states.set(key, change(before))
      if (states.size > capacity) states.delete(states.keys().next().value!)
      return before
    },
    get size() {
      return states.size
    },
  }
}

export type UnknownNameThrottle = ReturnType<typeof createUnknownNameThrottle>
