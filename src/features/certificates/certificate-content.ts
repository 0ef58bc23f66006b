import type { CertificateReason } from './certificates.tables.ts'

/** What an issued certificate says, fixed when it is issued so that it never changes afterwards. */
export interface CertificateContent {
  holderName: string
  reason: CertificateReason
  milestone: string | null
  personWords: string
  practitionerWords: string
  achievements: { title: string; kindName: string; achievedOn: string }[]
  givingBack: { role: string; organisation: string; hours: number }[]
  journey: { at: string; title: string }[]
  spent: string
  signedBy: string
  signedOn: string
  countersignedBy: string
  countersignedOn: string
  issuer: string
}
