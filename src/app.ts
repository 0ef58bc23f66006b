import { Router, type Express } from 'express'
import type { Config } from './platform/config/config.ts'
import type { Logger } from './platform/logging/logger.ts'
import { createApiRegistry } from './platform/web/api-registry.ts'
import { createBaseApp } from './platform/web/app.ts'
import type { Services } from './composition.ts'
import { auditApi, auditRoutes } from './features/audit/audit.routes.ts'
import { authApi } from './features/auth/auth.api.ts'
import { authRoutes } from './features/auth/auth.routes.ts'
import { caseloadApi, caseloadRoutes } from './features/caseload/caseload.routes.ts'
import { checkerRoutes } from './features/disclosure/checker.routes.ts'
import { continuityApi } from './features/continuity/continuity.api.ts'
import { continuityRoutes } from './features/continuity/continuity.routes.ts'
import { convictionsApi } from './features/disclosure/convictions.api.ts'
import { convictionsRoutes } from './features/disclosure/convictions.routes.ts'
import { disclosureApi } from './features/disclosure/disclosure.api.ts'
import { handoverApi } from './features/handover/handover.api.ts'
import { handoverRoutes } from './features/handover/handover.routes.ts'
import { homeRoutes } from './features/home/home.routes.ts'
import { limitedAccessApi, limitedAccessRoutes } from './features/limited-access/limited-access.routes.ts'
import { keyDatesApi } from './features/key-dates/key-dates.api.ts'
import { needsApi } from './features/needs/needs.api.ts'
import { needsRoutes } from './features/needs/needs.routes.ts'
import { peopleApi } from './features/people/people.api.ts'
import { peopleRoutes } from './features/people/people.routes.ts'
import { plansApi } from './features/plans/plans.api.ts'
import { plansRoutes } from './features/plans/plans.routes.ts'
import { readinessApi } from './features/readiness/readiness.api.ts'
import { readinessRoutes } from './features/readiness/readiness.routes.ts'
import { releaseApi } from './features/release/release.api.ts'
import { releaseRoutes } from './features/release/release.routes.ts'
import { timelineApi, timelineRoutes } from './features/timeline/timeline.routes.ts'
import { recallApi } from './features/recall/recall.api.ts'
import { recallRoutes } from './features/recall/recall.routes.ts'
import { supervisionApi } from './features/supervision/supervision.api.ts'
import { supervisionRoutes } from './features/supervision/supervision.routes.ts'

/** The whole web application: pages, and the JSON API under /api/v1 with its OpenAPI document. */
export function createApp(services: Services, config: Config, logger: Logger): Express {
  const secureCookies = config.env === 'production'
  const registry = createApiRegistry()
  const api = Router()
  api.use(authApi(services.auth, registry, { secret: config.sessionSecret, secureCookies }))
  api.use(peopleApi(services.people, registry))
  api.use(auditApi(services.auditTrail, registry))
  api.use(keyDatesApi(registry))
  api.use(disclosureApi(registry))
  api.use(convictionsApi(services.convictions, registry))
  api.use(caseloadApi(services.caseload, registry))
  api.use(limitedAccessApi(services.limitedAccess, registry))
  api.use(readinessApi(services.readiness, registry))
  api.use(needsApi(services.needs, registry))
  api.use(handoverApi(services.handover, registry))
  api.use(releaseApi(services.release, registry))
  api.use(timelineApi(services.timeline, registry))
  api.use(plansApi(services.plans, registry))
  api.use(supervisionApi(services.supervision, registry))
  api.use(recallApi(services.recall, registry))
  api.use(continuityApi(services.continuity, registry))
  api.get('/openapi.json', (_req, res) => res.json(registry.document()))

  return createBaseApp({
    config,
    logger,
    sessions: services.sessions,
    ping: services.handle.ping,
    mount: app => {
      app.use('/api/v1', api)
      app.use(authRoutes(services.auth, secureCookies))
      app.use(homeRoutes(services.people))
      app.use(peopleRoutes(services.people, services.organisation))
      app.use(limitedAccessRoutes(services.limitedAccess))
      app.use(auditRoutes(services.auditTrail))
      app.use(checkerRoutes(services.checker))
      app.use(caseloadRoutes(services.caseload))
      app.use(convictionsRoutes(services.convictions))
      app.use(readinessRoutes(services.readiness))
      app.use(needsRoutes(services.needs))
      app.use(handoverRoutes(services.handover))
      app.use(releaseRoutes(services.release))
      app.use(timelineRoutes(services.timeline))
      app.use(plansRoutes(services.plans))
      app.use(supervisionRoutes(services.supervision))
      app.use(recallRoutes(services.recall))
      app.use(continuityRoutes(services.continuity))
    },
  })
}
