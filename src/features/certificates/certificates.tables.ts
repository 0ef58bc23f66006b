import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { CertificateContent } from './certificate-content.ts'

/** The certificate tables (migrations/016_strengths_certificates.sql) as Kysely sees them. */
export const CERTIFICATE_REASONS = ['end-of-licence', 'milestone'] as const
export type CertificateReason = (typeof CERTIFICATE_REASONS)[number]

export interface CertificateTable {
  id: Generated<string>
  person_id: string
  reason: CertificateReason
  milestone: string | null
  person_words: string
  practitioner_words: string
  achievement_ids: JSONColumnType<string[], string, string>
  giving_back_ids: JSONColumnType<string[], string, string>
  signed_by: string
  signed_on: string
  countersigned_by: string | null
  countersigned_on: string | null
  verification_id: string | null
  holder_name: string | null
  issuer: string | null
  content: JSONColumnType<CertificateContent, string | null, string>
  revoked_by: string | null
  revoked_on: string | null
  revoked_reason: string | null
  created_at: Generated<Date>
}

export interface CertificateSecretTable {
  id: number
  secret: string
  created_at: ColumnType<Date, never, never>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    certificate: CertificateTable
    certificate_secret: CertificateSecretTable
  }
}
