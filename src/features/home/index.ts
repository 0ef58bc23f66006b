import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { CertificatesService } from '../certificates/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { StrengthsService } from '../strengths/index.ts'
import { homeRoutes } from './home.routes.ts'

type Deps = PlatformDeps & { people: PeopleService; strengths: StrengthsService; certificates: CertificatesService }

/** The page each role lands on. */
export const home = defineFeature({
  name: 'home',
  needs: ['people', 'strengths', 'certificates'],
  pages: (_service, routes, { people, strengths, certificates }: Deps) =>
    homeRoutes({ people, strengths, certificates }, routes),
})
