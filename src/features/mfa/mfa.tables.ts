import type { ColumnType, Generated } from 'kysely'

/** The second factor's tables (migrations/023_mfa_staff.sql). */
export interface MfaCredentialTable {
  user_id: string
  secret_encrypted: string
  confirmed_at: Date | null
  /** A bigint: read back as a string by some drivers, so written and compared as a number through `Number`. */
  last_step: ColumnType<string | number | null, number | null | undefined, number | null>
  created_at: Generated<Date>
}

export interface MfaRecoveryCodeTable {
  user_id: string
  code_hash: string
  used_at: Date | null
}

export interface MfaChallengeTable {
  id_hash: string
  user_id: string
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    mfa_credential: MfaCredentialTable
    mfa_recovery_code: MfaRecoveryCodeTable
    mfa_challenge: MfaChallengeTable
  }
}
