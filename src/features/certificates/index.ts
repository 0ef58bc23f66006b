import { defineFeature, type PlatformDeps, type ServiceOf } from '../../platform/features/feature.ts'
import type { disclosure } from '../disclosure/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { StrengthsService } from '../strengths/index.ts'
import type { timeline } from '../timeline/index.ts'
import { Router } from 'express'
import { certificatesApi } from './certificates.api.ts'
import { CERTIFICATES_AUDIT_ACTIONS } from './certificates.audit.ts'
import { seedCertificatesDemo } from './certificates.demo.ts'
import { certificatesPart } from './certificates.generate.ts'
import { createCertificatesRepository } from './certificates.repository.ts'
import { certificatesRoutes } from './certificates.routes.ts'
import { createCertificatesService, type CertificatesService } from './certificates.service.ts'
import { journeyOf } from './journey.ts'
import { createVerificationLimit } from './verification-limit.ts'

type Deps = PlatformDeps & {
  people: PeopleService
  strengths: StrengthsService
  disclosure: ServiceOf<typeof disclosure>
  timeline: ServiceOf<typeof timeline>
}

/** The certificate of rehabilitation: signed, countersigned, issued with a code anyone can check. */
export const certificates = defineFeature({
  name: 'certificates',
  needs: ['people', 'strengths', 'disclosure', 'timeline'],
  build: ({ db, audit, today, config, people, strengths, disclosure, timeline }: Deps) =>
    createCertificatesService({
      db,
      repository: createCertificatesRepository(db),
      people,
      strengths,
      audit,
      today,
      secret: config.certificateSecret,
      limit: createVerificationLimit(),
      spentDates: async (ctx, personId) => {
        const { records } = await disclosure.convictions.disclosure(ctx, personId)
        return records.map(r => (r.result ? String(r.result.spent) : null))
      },
      journey: (ctx, personId) => journeyOf(timeline, ctx, personId),
    }),
  pages: (service, routes) => Router().use(certificatesRoutes(service, routes)),
  api: (service, routes) => certificatesApi(service, routes),
  caseSection: {
    key: 'certificates',
    label: 'Certificate',
    path: '/certificates',
    order: 97,
    roles: ['pom', 'com', 'manager'],
  },
  subjectAccess: [{ table: 'certificate', label: 'Certificates' }],
  auditActions: CERTIFICATES_AUDIT_ACTIONS,
  deadlines: service => service.deadlines,
  timeline: service => service.timelineEvents,
  oversightItems: service => service.oversightItems,
  demo: seedCertificatesDemo,
  generate: [certificatesPart],
})

export type { CertificatesService }
