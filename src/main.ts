import { buildServices } from './composition.ts'
import { createApp } from './app.ts'
import { ConfigError, loadConfig } from './platform/config/config.ts'
import { openDatabase } from './platform/db/database.ts'
import { migrate } from './platform/db/migrate.ts'
import { todayInLondon } from './platform/dates/calendar-date.ts'
import { createLogger } from './platform/logging/logger.ts'
import { gracefulShutdown } from './platform/web/graceful-shutdown.ts'
import { createKeyDatesRepository, refreshStoredKeyDates } from './features/key-dates/index.ts'
import { DEMO_SEEDERS } from './features.ts'
import { DEMO_ACCOUNTS, prepareDemo } from './platform/sample-data/demo.ts'

async function main() {
  const config = loadConfig()
  const logger = createLogger(config.logLevel)
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  const applied = await migrate(handle)
  if (applied.length) logger.info({ applied }, 'database migrated')
  const demo = config.demoData
    ? await prepareDemo(handle.db, DEMO_SEEDERS, { today: todayInLondon(), demoPassword: config.demoPassword })
    : undefined
  const refreshed = await refreshStoredKeyDates(handle.db, createKeyDatesRepository(handle.db))
  if (refreshed) logger.info({ refreshed }, 'key dates derived')

  const services = buildServices(handle, config)
  const app = createApp(services, config, logger)
  const server = app.listen(config.port, () => {
    const where = handle.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL from DATABASE_URL'
    const lines = [`Resettle is running at http://localhost:${config.port} (${where})`]
    if (demo) {
      lines.push(`Sign in at http://localhost:${config.port}/sign-in as one of: ${DEMO_ACCOUNTS.join(', ')}`)
      lines.push(
        `Password: ${demo.password}${demo.generated ? '  (new at every start; set DEMO_PASSWORD to choose one)' : ''}`,
      )
    }
    process.stdout.write(`\n${lines.join('\n')}\n\n`)
  })

  gracefulShutdown(server, {
    graceMs: config.shutdownGraceMs,
    logger,
    release: async () => {
      await services.auditTrail.flush()
      await handle.close()
    },
  })
}

main().catch(error => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`)
  process.exit(1)
})
