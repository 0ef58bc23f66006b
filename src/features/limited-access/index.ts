import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { limitedAccessApi } from './limited-access.api.ts'
import { LIMITED_ACCESS_AUDIT_ACTIONS } from './limited-access.audit.ts'
import { seedLimitedAccessDemo } from './limited-access.demo.ts'
import { createLimitedAccessRepository } from './limited-access.repository.ts'
import { limitedAccessRoutes } from './limited-access.routes.ts'
import { createLimitedAccessService, type LimitedAccessService } from './limited-access.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** Exclusion and restriction lists: who may never see a person, or the only staff who may. */
export const limitedAccess = defineFeature({
  name: 'limitedAccess',
  needs: ['people'],
  build: ({ db, audit, today, people }: Deps) =>
    createLimitedAccessService({ db, repository: createLimitedAccessRepository(db), people, audit, today }),
  pages: (service, routes) => limitedAccessRoutes(service, routes),
  api: (service, routes) => limitedAccessApi(service, routes),
  subjectAccess: [{ table: 'limited_access', label: 'Limited access to the record' }],
  auditActions: LIMITED_ACCESS_AUDIT_ACTIONS,
  demo: seedLimitedAccessDemo,
})

export type { LimitedAccessService }
