/**
 * Brute-force limits for sign-in (OWASP ASVS 2.2.1): each failure slows the next answer a little more,
 * and after MAX_FAILURES in a row the username is locked for LOCK_MINUTES, whether or not it exists,
 * so that the lock does not reveal which usernames are real.
 */
export const MAX_FAILURES = 5
export const LOCK_MINUTES = 15
const DELAY_STEP_MS = 250
const MAX_DELAY_MS = 2000

export interface ThrottleState {
  failures: number
  lockedUntil: Date | null
}

export function isLocked(state: ThrottleState | undefined, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil > now)
}

/** How long to hold back the answer to a failed attempt. */
export function failureDelayMs(failuresSoFar: number): number {
  return Math.min(failuresSoFar * DELAY_STEP_MS, MAX_DELAY_MS)
}

/** A failure during a running lock leaves it as it is: it neither lifts nor extends it. */
export function afterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  if (state && isLocked(state, now)) return state
  const failures = (lapsed(state, now) ? 0 : (state?.failures ?? 0)) + 1
  if (failures >= MAX_FAILURES) return { failures: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) }
  return { failures, lockedUntil: null }
}

/** A lock that has run out starts the count again. */
function lapsed(state: ThrottleState | undefined, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil <= now)
}
