import type { CertificateRow } from './certificates.repository.ts'

export type CertificateStatus = 'awaiting-countersignature' | 'issued' | 'revoked'

export function statusOf(row: Pick<CertificateRow, 'countersigned_by' | 'revoked_on'>): CertificateStatus {
  if (row.revoked_on) return 'revoked'
  return row.countersigned_by ? 'issued' : 'awaiting-countersignature'
}

export function toCertificate(row: CertificateRow, code: string | null) {
  return {
    id: row.id,
    status: statusOf(row),
    reason: row.reason,
    milestone: row.milestone,
    personWords: row.person_words,
    practitionerWords: row.practitioner_words,
    achievementIds: row.achievement_ids,
    givingBackIds: row.giving_back_ids,
    signedBy: { id: row.signed_by, name: row.signed_by_name },
    signedOn: row.signed_on,
    countersignedBy:
      row.countersigned_by && row.countersigned_by_name
        ? { id: row.countersigned_by, name: row.countersigned_by_name }
        : null,
    countersignedOn: row.countersigned_on,
    code,
    revokedOn: row.revoked_on,
    revokedReason: row.revoked_reason,
  }
}
export type Certificate = ReturnType<typeof toCertificate>
