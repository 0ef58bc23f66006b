/** Failed sign-ins by username (migrations/001), so that guessing a password is slowed and then stopped. */
export interface SignInThrottleTable {
  username: string
  failures: number
  last_failure_at: Date | null
  locked_until: Date | null
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    sign_in_throttle: SignInThrottleTable
  }
}
