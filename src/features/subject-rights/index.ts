import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { subjectAccessApi } from './subject-access.api.ts'
import { SUBJECT_ACCESS_AUDIT_ACTIONS } from './subject-access.audit.ts'
import { createSubjectAccessRepository } from './subject-access.repository.ts'
import { subjectAccessRoutes } from './subject-access.routes.ts'
import { createSubjectAccessService } from './subject-access.service.ts'

/**
 * Subject access requests: everything every feature declares it holds about a person (their `subjectAccess`
 * tables), as JSON and as a readable PDF, with who has seen the record.
 */
export const subjectRights = defineFeature({
  name: 'subjectRights',
  build: ({ db, audit, contributions }: PlatformDeps) =>
    createSubjectAccessService({
      repository: createSubjectAccessRepository(db),
      audit,
      declared: () => contributions.subjectAccess,
    }),
  pages: (service, routes) => subjectAccessRoutes(service, routes),
  api: (service, routes) => subjectAccessApi(service, routes),
  auditActions: SUBJECT_ACCESS_AUDIT_ACTIONS,
})
