import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect, sql, type Logger } from 'kysely'
import pg from 'pg'
import type { Database } from './schema.ts'
import { pglitePool } from './pglite-pool.ts'
import { preparingPool } from './prepared-statements.ts'

export type Db = Kysely<Database>

export interface DatabaseHandle {
  db: Db
  kind: 'pglite' | 'postgres'
  /** Runs a script of several statements, as migrations are. */
  execScript(script: string): Promise<void>
  ping(): Promise<boolean>
  /** The embedded database's files as one gzipped tarball, for `loadDataDir`; absent on PostgreSQL. */
  dumpDataDir?(): Promise<Blob>
  close(): Promise<void>
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined
  /** A folder for the embedded database; `undefined` keeps it in memory (tests). */
  dataDir?: string | undefined
  poolSize?: number
  /** Sees every statement run, for tests that count queries per page, for EXPLAIN and for timing statements. */
  onQuery?: (sql: string, parameters: readonly unknown[], durationMs: number) => void
  /** Starts the embedded database from a `dumpDataDir` tarball rather than an empty cluster. */
  loadDataDir?: Blob | undefined
  /** PostgreSQL: every connection acts as this role from its start (`-c role=`), as the service does (SERVICE_ROLE). */
  role?: string | undefined
}

/**
 * The role the service runs as on PostgreSQL (migrations/021): it may read and add to the audit trail but not change,
 * remove or truncate it, nor disable its triggers; migrations and the command line run as the owner.
 */
export const SERVICE_ROLE = 'resettle_app'

// Calendar dates stay ISO strings (no time-zone drift); counts come back as numbers.
const DATE_OID = 1082
const INT8_OID = 20
const keepText = (value: string) => value
const toNumber = (value: string) => Number(value)

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options)
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID ? keepText : oid === INT8_OID ? toNumber : pg.types.getTypeParser(oid, format),
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    types,
    ...(options.role ? { options: `-c role=${roleName(options.role)}` } : {}),
  })
  // A server that goes away must not crash the service: the pool reconnects when it is back.
  pool.on('error', () => undefined)
  // A connection cut while it is lent out also emits 'error' on its client: its query fails (and the request gets a
  // 503), but an event nobody listens to would crash the process.
  pool.on('connect', client => client.on('error', () => undefined))
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: preparingPool(pool) }),
    log: countQueries(options),
  })
  return {
    db,
    kind: 'postgres',
    async execScript(script) {
      await pool.query(script)
    },
    ping: () => ping(db),
    async close() {
      await db.destroy()
    },
  }
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  const embedded = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: { [DATE_OID]: keepText, [INT8_OID]: toNumber },
    relaxedDurability: true,
  })
  const pool = pglitePool(embedded)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as never }), log: countQueries(options) })
  return {
    db,
    kind: 'pglite',
    async execScript(script) {
      const client = await pool.connect()
      try {
        await embedded.exec(script)
      } finally {
        client.release()
      }
    },
    ping: () => ping(db),
    dumpDataDir: () => embedded.dumpDataDir('gzip'),
    async close() {
      await db.destroy()
    },
  }
}

function roleName(role: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Not a role name: ${role}`)
  return role
}

function countQueries(options: DatabaseOptions): Logger | undefined {
  const onQuery = options.onQuery
  return onQuery
    ? event => {
        if (event.level === 'query') onQuery(event.query.sql, event.query.parameters, event.queryDurationMillis)
      }
    : undefined
}

async function ping(db: Db): Promise<boolean> {
  try {
    await Promise.race([
      sql`select 1`.execute(db),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
    ])
    return true
  } catch {
    return false
  }
}
