import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import type { PlansService } from '../plans/index.ts'
import { homeRoutes } from './home.routes.ts'

type Deps = PlatformDeps & { people: PeopleService; plans: PlansService }

/** The page each role lands on. */
export const home = defineFeature({
  name: 'home',
  needs: ['people', 'plans'],
  pages: (_service, routes, { people, plans }: Deps) => homeRoutes(people, plans, routes),
})
