import type { Generated } from 'kysely'

/** A provider's identity linked to a local staff account (migrations/024). */
export interface SsoIdentityTable {
  issuer: string
  subject: string
  user_id: string
  linked_by: string
  linked_at: Generated<Date>
  last_signed_in_at: Date | null
}

/** A sign-in sent to the provider and not yet back (migrations/024). */
export interface SsoLoginTable {
  id_hash: string
  state: string
  nonce: string
  code_verifier: string
  return_to: string
  created_at: Generated<Date>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    sso_identity: SsoIdentityTable
    sso_login: SsoLoginTable
  }
}
