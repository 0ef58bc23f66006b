import { Router, type Express } from 'express'
import type { Config } from './platform/config/config.ts'
import type { Logger } from './platform/logging/logger.ts'
import { createBaseApp } from './platform/web/app.ts'
import { createRouteRegistry } from './platform/web/routes/route-registry.ts'
import type { Services } from './composition.ts'

/** The whole web application: every feature's pages, and its JSON API under /api/v1 with the OpenAPI document. */
export function createApp(services: Services, config: Config, logger: Logger): Express {
  const { platform, features } = services
  const routes = createRouteRegistry({
    checkResponses: config.env !== 'production',
    caseSections: platform.contributions.caseSections,
    caseAccess: (ctx, id, need) => services.people.mayReach(ctx, id, need),
  })
  const deps = { ...platform, ...services } as never
  const api = Router()
  const pages = Router()
  for (const feature of features) {
    const service = services[feature.name as keyof Services] as never
    if (feature.api) api.use(feature.api(service, routes, deps))
    if (feature.pages) pages.use(feature.pages(service, routes, deps))
  }
  api.get('/openapi.json', (_req, res) => res.json(routes.document()))

  const app = createBaseApp({
    config,
    logger,
    sessions: platform.sessions,
    ping: services.handle.ping,
    mount: base => {
      base.use('/api/v1', api)
      base.use(pages)
    },
  })
  // Tests generated from the registry read every route from here.
  app.locals.routes = routes.routes()
  return app
}
