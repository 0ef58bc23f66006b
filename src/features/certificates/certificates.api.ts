import { Router } from 'express'
import { z } from 'zod'
import { NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  certificateParams,
  certificateSchema,
  certificatesResponse,
  oneCertificateResponse,
  revokeSchema,
  verificationResponse,
  verifyParams,
} from './certificates.schemas.ts'
import type { CertificatesService } from './certificates.service.ts'

export function certificatesApi(certificates: CertificatesService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Certificate of rehabilitation')

  api.get(
    '/certificates',
    { summary: "A person's certificates of rehabilitation", response: { schema: certificatesResponse } },
    ({ ctx, personId }) => certificates.overview(ctx, personId),
  )

  api.post(
    '/certificates',
    {
      summary: 'Sign a certificate, with what the person chose to show, and send it for countersignature',
      body: certificateSchema,
      roles: ['com', 'manager'],
      response: { status: 201, schema: z.object({ id: z.uuid() }) },
    },
    ({ ctx, personId, body }) => certificates.sign(ctx, personId, body),
  )

  api.get(
    '/certificates/:certificateId',
    { summary: 'One certificate', params: certificateParams, response: { schema: oneCertificateResponse } },
    ({ ctx, personId, params }) => certificates.certificate(ctx, personId, params.certificateId),
  )

  api.post(
    '/certificates/:certificateId/countersignature',
    {
      summary: 'A manager countersigns and issues the certificate (never one they signed)',
      params: certificateParams,
      roles: ['manager'],
      response: { schema: z.object({ id: z.uuid(), code: z.string() }) },
    },
    ({ ctx, personId, params }) => certificates.countersign(ctx, personId, params.certificateId),
  )

  api.post(
    '/certificates/:certificateId/revocation',
    {
      summary: 'Revoke an issued certificate',
      params: certificateParams,
      body: revokeSchema,
      roles: ['com', 'manager'],
      response: { schema: z.object({ id: z.uuid() }) },
    },
    ({ ctx, personId, params, body }) => certificates.revoke(ctx, personId, params.certificateId, body.reason),
  )

  api.get(
    '/certificates/:certificateId/pdf',
    { summary: 'The issued certificate (PDF)', params: certificateParams, response: 'pdf' },
    ({ ctx, personId, params }) => certificates.pdf(ctx, personId, params.certificateId),
  )

  routes.api(router, 'Certificate of rehabilitation').get(
    '/certificates/verify/:code',
    {
      summary:
        'Check a verification code: the name, date and issuer of a genuine certificate, and whether it is revoked',
      params: verifyParams,
      public: true,
      response: { schema: verificationResponse },
    },
    async ({ params, req }) => {
      const result = await certificates.verify(params.code, req.ip ?? 'unknown', req.correlationId)
      if (result.status === 'format') {
        throw ValidationFailed.of('params.code', 'A code starts with RC and has 24 more letters and numbers')
      }
      if (!('name' in result)) throw new NotFound('No certificate has that code')
      return result
    },
  )

  return router
}
