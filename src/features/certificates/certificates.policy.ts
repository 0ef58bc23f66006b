import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** The certificate is prepared by practitioners; the person is given it, and sees no drafts. */
export const mayOpenCertificates = (user: CurrentUser): boolean => ['pom', 'com', 'manager'].includes(user.role)

/** A practitioner who may change the record signs a certificate. */
export const maySign = (user: CurrentUser, canEditRecord: boolean): boolean =>
  canEditRecord && ['com', 'manager'].includes(user.role)

/** Only a manager countersigns, and never a certificate they signed themselves. */
export const mayCountersign = (user: CurrentUser, signedBy?: string): boolean =>
  user.role === 'manager' && signedBy !== user.id

/** A manager, or the practitioner who may change the record, revokes an issued certificate. */
export const mayRevoke = (user: CurrentUser, canEditRecord: boolean): boolean =>
  user.role === 'manager' || maySign(user, canEditRecord)

/** The person's own record, for the person role: they are given their issued certificate. */
export const ownRecordOf = (user: CurrentUser): string | null => (user.role === 'person' ? user.personId : null)
