import { buildServices } from './composition.ts'
import { createApp } from './app.ts'
import { ConfigError, loadConfig } from './platform/config/config.ts'
import { openDatabase, SERVICE_ROLE } from './platform/db/database.ts'
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
  // Migrations and the demo data as the database's owner; the service then as a role that cannot rewrite the audit
  // trail (DATABASE_APP_URL, or DATABASE_URL as role resettle_app). The embedded database has one user: the file is
  // the boundary there, and the keyed chain with its checkpoint shows any tampering.
  const owner = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  const applied = await migrate(owner)
  if (applied.length) logger.info({ applied }, 'database migrated')
  const demo = config.demoData
    ? await prepareDemo(owner.db, DEMO_SEEDERS, { today: todayInLondon(), demoPassword: config.demoPassword })
    : undefined
  const refreshed = await refreshStoredKeyDates(owner.db, createKeyDatesRepository(owner.db))
  if (refreshed) logger.info({ refreshed }, 'key dates derived')
  const handle =
    owner.kind === 'postgres'
      ? await openDatabase({
          databaseUrl: config.databaseAppUrl ?? config.databaseUrl,
          role: config.databaseAppUrl ? undefined : SERVICE_ROLE,
        })
      : owner
  if (handle !== owner) await owner.close()

  const services = buildServices(handle, config, {
    onAuditProblem: message => logger.error({ problem: message }, 'audit checkpoint'),
  })
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
      await services.auditChain.checkpoint?.close()
      await handle.close()
    },
  })
}

main().catch(error => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`)
  process.exit(1)
})
