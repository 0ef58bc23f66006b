import type { RequestContext } from '../../platform/auth/current-user.ts'
import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService } from '../people/index.ts'
import { oversightApi } from './oversight.api.ts'
import { OVERSIGHT_AUDIT_ACTIONS } from './oversight.audit.ts'
import { seedOversightDemo } from './oversight.demo.ts'
import { oversightPart } from './oversight.generate.ts'
import { mayOversee } from './oversight.policy.ts'
import { createOversightRepository } from './oversight.repository.ts'
import { oversightRoutes } from './oversight.routes.ts'
import { createOversightService, type OversightService } from './oversight.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/**
 * The manager's queue: what in a team needs a manager's eye, from every feature's `oversightItems`, with
 * sign-offs kept and the share of cases with recorded oversight. The home page shows it to managers.
 */
export const oversight = defineFeature({
  name: 'oversight',
  needs: ['people'],
  build: ({ db, audit, today, people, contributions }: Deps) =>
    createOversightService({
      db,
      repository: createOversightRepository(db),
      people,
      audit,
      today,
      sources: contributions.oversightItems,
    }),
  pages: (service, routes) => oversightRoutes(service, routes),
  api: (service, routes) => oversightApi(service, routes),
  subjectAccess: [{ table: 'oversight_sign_off', label: 'Manager sign-offs', orderBy: 'signed_off_at' }],
  auditActions: OVERSIGHT_AUDIT_ACTIONS,
  demo: ({ tx, today }) => seedOversightDemo(tx, today),
  generate: [oversightPart],
})

export type { OversightService }

/**
 * The queue's first page for the home page, and the view that shows it (the home page includes it by this name and
 * knows nothing else of this feature's views); null for anyone but a team's manager, who sees no queue and no link.
 */
export async function homeQueuePanel(service: OversightService, ctx: RequestContext) {
  if (!mayOversee(ctx.user)) return null
  return { view: 'oversight/views/queue.njk', queue: await service.queue(ctx, { page: 1 }) }
}
