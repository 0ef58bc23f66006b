/** Failed sign-ins by username (migrations/001), so that guessing a password is slowed and then stopped. */
export interface SignInThrottleTable {
  username: string
  failures: number
  last_failure_at: Date | null
  locked_until: Date | null
}

/** Failed sign-ins by source address in a window (migrations/022), so that a spray across usernames is stopped. */
export interface SignInSourceThrottleTable {
  source: string
  failures: number
  window_started_at: Date
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    sign_in_throttle: SignInThrottleTable
    sign_in_source_throttle: SignInSourceThrottleTable
  }
}
