import { z } from 'zod'
import { idList, optionalText, requiredText, uuidField } from '../../platform/validation/fields.ts'
import { personParams } from '../../platform/validation/params.ts'
import { personResponse } from '../people/index.ts'
import { CERTIFICATE_REASONS } from './certificates.tables.ts'

export const certificateSchema = z
  .object({
    reason: z.enum(CERTIFICATE_REASONS, { error: 'Select why the certificate is given' }),
    milestone: optionalText('the milestone', 200),
    personWords: requiredText('what the person wants to say, in their words', 1500),
    practitionerWords: requiredText('what you want to say', 1500),
    achievementIds: idList('the achievements'),
    givingBackIds: idList('the giving back'),
  })
  .superRefine((value, ctx) => {
    if (value.reason === 'milestone' && !value.milestone) {
      ctx.addIssue({ code: 'custom', path: ['milestone'], message: 'Enter the milestone the person asked for' })
    }
  })
export type CertificateInput = z.output<typeof certificateSchema>

export const revokeSchema = z.object({ reason: requiredText('why the certificate is revoked', 500) })

export const certificateParams = personParams.extend({ certificateId: uuidField('the certificate') })
export const ownCertificateParams = z.object({ certificateId: uuidField('the certificate') })

export const verifyQuery = z.object({ code: z.string().max(200).optional() })
export const verifyParams = z.object({ code: z.string().max(200) })

export const CERTIFICATE_STATUSES = ['awaiting-countersignature', 'issued', 'revoked'] as const

export const certificateResponse = z.object({
  id: z.uuid(),
  status: z.enum(CERTIFICATE_STATUSES),
  reason: z.enum(CERTIFICATE_REASONS),
  milestone: z.string().nullable(),
  personWords: z.string(),
  practitionerWords: z.string(),
  achievementIds: z.array(z.string()),
  givingBackIds: z.array(z.string()),
  signedBy: z.object({ id: z.uuid(), name: z.string() }),
  signedOn: z.iso.date(),
  countersignedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  countersignedOn: z.iso.date().nullable(),
  code: z.string().nullable(),
  revokedOn: z.iso.date().nullable(),
  revokedReason: z.string().nullable(),
})

export const certificatesResponse = z.object({
  person: personResponse,
  certificates: z.array(certificateResponse),
  canSign: z.boolean(),
  inProgress: z.boolean(),
})

export const oneCertificateResponse = z.object({
  person: personResponse,
  certificate: certificateResponse,
  canCountersign: z.boolean(),
  canRevoke: z.boolean(),
})

export const verificationResponse = z.object({
  status: z.enum(['valid', 'revoked']),
  name: z.string(),
  issuedOn: z.iso.date(),
  issuer: z.string(),
  revokedOn: z.iso.date().nullable(),
})
