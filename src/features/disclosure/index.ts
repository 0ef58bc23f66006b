import { Router } from 'express'
import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { createChecker } from './checker-journey.ts'
import { checkerRoutes } from './checker.routes.ts'
import { convictionsApi } from './convictions.api.ts'
import { createConvictionsRepository } from './convictions.repository.ts'
import { convictionsRoutes } from './convictions.routes.ts'
import { createConvictionsService } from './convictions.service.ts'
import { disclosureApi } from './disclosure.api.ts'
import { DISCLOSURE_AUDIT_ACTIONS } from './disclosure.audit.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** When cautions and convictions become spent: the public checker, and each person's own records. */
export const disclosure = defineFeature({
  name: 'disclosure',
  needs: ['people'],
  build: ({ db, audit, today, people }: Deps) => ({
    checker: createChecker({ today }),
    convictions: createConvictionsService({ db, repository: createConvictionsRepository(db), people, audit, today }),
  }),
  pages: ({ checker, convictions }, routes, { today }) =>
    Router().use(checkerRoutes(checker, routes), convictionsRoutes(convictions, routes, today)),
  api: ({ checker, convictions }, routes) =>
    Router().use(disclosureApi(checker, routes), convictionsApi(convictions, routes)),
  caseSection: {
    key: 'disclosure',
    label: 'Spent convictions',
    path: '/disclosure',
    order: 90,
    roles: ['pom', 'com', 'manager'],
  },
  subjectAccess: [{ table: 'conviction_record', label: 'Convictions and cautions (disclosure checks)' }],
  auditActions: DISCLOSURE_AUDIT_ACTIONS,
})
export { checkDisclosure } from './disclosure.rules.ts'
export { disclosureInputSchema } from './disclosure.schemas.ts'
