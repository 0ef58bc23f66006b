import { createHash } from 'node:crypto'
import type { PostgresPool, PostgresPoolClient } from 'kysely'
import type pg from 'pg'

/** Enough for every statement the service runs, with room for the variants of `in (…)` lists a page makes. */
export const MOST_PER_CONNECTION = 300
/** Bulk statements (the generator's) are run once each and would only take memory in the server. */
export const LONGEST_TEXT = 8_000

/**
 * Presents a `pg` Pool to Kysely with each parameterised statement prepared once per connection and then executed
 * by name. PostgreSQL otherwise parses and plans every statement afresh, and for the short indexed reads behind a
 * page planning took longer than running them (EXPLAIN ANALYZE in docs/performance.md). Statements without
 * parameters (transaction control, scripts of several statements) run as they are, and a connection prepares at most
 * a bounded number, so that statements built with a different number of values each time cannot grow without end.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const preparedBy = new WeakMap<pg.PoolClient, Set<string>>()
  return {
    async connect() {
      const client = await pool.connect()
      const prepared = preparedBy.get(client) ?? new Set<string>()
      preparedBy.set(client, prepared)
      const query = (text: string, parameters: readonly unknown[] = []) => {
        const values = [...parameters]
        const name = values.length && text.length <= LONGEST_TEXT ? statementName(text) : undefined
        if (!name || (!prepared.has(name) && prepared.size >= MOST_PER_CONNECTION)) return client.query(text, values)
        prepared.add(name)
        return client.query({ name, text, values })
      }
      // Kysely streams through a cursor object only when given one in its options, which this service never is.
      return { query, release: () => client.release() } as unknown as PostgresPoolClient
    },
    end: () => pool.end(),
  }
}

/** A statement's name: the same text always gets the same name. */
export function statementName(text: string): string {
  return `s${createHash('sha1').update(text).digest('base64url')}`
}
