import { join } from 'node:path'
import express, { type Express } from 'express'
import type { Config } from '../config/config.ts'
import type { SessionStore } from '../auth/session-store.ts'
import type { Logger } from '../logging/logger.ts'
import { languageMiddleware } from '../i18n/language-middleware.ts'
import { mountBenchFloor } from './bench-floor.ts'
import { correlationId } from './correlation.ts'
import { errorHandler, notFoundHandler } from './error-handler.ts'
import { flashMessages } from './flash.ts'
import { configureNunjucks } from './nunjucks.ts'
import { noStore, securityHeaders } from './security.ts'
import { csrfProtection, sessionMiddleware } from './session-middleware.ts'
import { multipartForms } from './uploads.ts'

const ROOT = join(import.meta.dirname, '..', '..', '..')

interface BaseAppOptions {
  config: Config
  logger: Logger
  sessions: SessionStore
  ping: () => Promise<boolean>
  /** Adds the features' routers, after the shared middleware and before the 404 and error handlers. */
  mount: (app: Express) => void
}

export function createBaseApp({ config, logger, sessions, ping, mount }: BaseAppOptions): Express {
  const app = express()
  const production = config.env === 'production'
  app.set('trust proxy', 1)
  app.set('view engine', 'njk')
  // Nunjucks keeps compiled templates in every environment; Express should keep its view lookups too (it does
  // only in production by default), which halves the cost of a render (docs/performance.md).
  app.enable('view cache')
  app.disable('x-powered-by')
  configureNunjucks(app)

  app.use(correlationId)
  app.use(securityHeaders(production, config.sso ? [new URL(config.sso.issuer).origin] : []))
  serveAssets(app)
  app.get('/health', async (_req, res) => {
    const up = await ping()
    res.setHeader('Cache-Control', 'no-store')
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable' })
  })

  // Benchmark only, never in production: see bench-floor.ts.
  const captureFloor = config.benchFloor && !production ? mountBenchFloor(app) : undefined

  app.use(express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }))
  app.use(express.json({ limit: '200kb' }))
  app.use(noStore)
  app.use(sessionMiddleware({ sessions, secret: config.sessionSecret, secureCookies: production }))
  // After the session: only a signed-in user's form with a file is read (up to 5MB); anyone else's is refused below.
  app.use(multipartForms)
  app.use(languageMiddleware(!production))
  app.use(csrfProtection)
  app.use(flashMessages)
  captureFloor?.(app)
  mount(app)
  app.use(notFoundHandler)
  app.use(errorHandler(logger))
  return app
}

function serveAssets(app: Express) {
  const options = { maxAge: '1d', fallthrough: false, index: false as const }
  const govuk = join(ROOT, 'node_modules', 'govuk-frontend', 'dist', 'govuk')
  const moj = join(ROOT, 'node_modules', '@ministryofjustice', 'frontend', 'moj')
  app.use('/assets/govuk', express.static(govuk, { ...options }))
  app.use('/assets/moj', express.static(moj, { ...options }))
  app.use('/assets/app', express.static(join(ROOT, 'src', 'platform', 'web', 'public'), options))
  // The GOV.UK template and stylesheet look for fonts and images under /assets.
  app.use('/assets', express.static(join(govuk, 'assets'), options))
}
