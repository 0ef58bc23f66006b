import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { homeRoutes, type HomeServices } from './home.routes.ts'

type Deps = PlatformDeps & HomeServices

/** The page each role lands on. */
export const home = defineFeature({
  name: 'home',
  needs: ['people', 'plans', 'strengths', 'certificates', 'oversight'],
  pages: (_service, routes, { people, plans, strengths, certificates, oversight }: Deps) =>
    homeRoutes({ people, plans, strengths, certificates, oversight }, routes),
})
