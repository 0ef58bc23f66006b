/** What the certificates feature writes to the audit trail. Verification names no person and no certificate. */
export const CERTIFICATES_AUDIT_ACTIONS = [
  'certificates.viewed',
  'certificate.signed',
  'certificate.countersigned',
  'certificate.revoked',
  'certificate.downloaded',
  'certificate.verification',
] as const

export type CertificatesAuditAction = (typeof CERTIFICATES_AUDIT_ACTIONS)[number]
