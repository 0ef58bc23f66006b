import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { homeRoutes } from './home.routes.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** The page each role lands on. */
export const home = defineFeature({
  name: 'home',
  needs: ['people'],
  pages: (_service, routes, { people }: Deps) => homeRoutes(people, routes),
})
