import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { OversightService } from '../oversight/index.ts'
import type { PeopleService } from '../people/index.ts'
import { homeRoutes } from './home.routes.ts'

type Deps = PlatformDeps & { people: PeopleService; oversight: OversightService }

/** The page each role lands on. */
export const home = defineFeature({
  name: 'home',
  needs: ['people', 'oversight'],
  pages: (_service, routes, { people, oversight }: Deps) => homeRoutes(people, oversight, routes),
})
