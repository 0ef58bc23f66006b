import type { PGlite } from '@electric-sql/pglite'
import { pglitePreparedStatements } from './pglite-prepared.ts'

/**
 * Presents one embedded PGlite database as the small part of a `pg` Pool that Kysely's Postgres
 * dialect uses. PGlite has a single connection, so clients are handed out one at a time: a
 * transaction keeps everyone else waiting until it ends, exactly as one backend would.
 */
export function pglitePool(database: PGlite) {
  let queue: Promise<void> = Promise.resolve()
  const statements = pglitePreparedStatements(database)

  return {
    async connect() {
      let release!: () => void
      const released = new Promise<void>(resolve => (release = resolve))
      const turn = queue
      queue = queue.then(() => released)
      await turn
      return {
        async query(sql: string, parameters: readonly unknown[] = []) {
          // Without parameters a query may be a script of several statements (migrations).
          const result = parameters.length
            ? await statements.query(sql, parameters)
            : ((await database.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
          return { rows: result.rows, rowCount: result.affectedRows ?? 0, command: commandOf(sql) }
        },
        release,
      }
    },
    async end() {
      await database.close()
    },
  }
}

function commandOf(sql: string): string {
  return (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase()
}
