import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { createApp } from './app.ts'
import { buildServices } from './composition.ts'
import { loadConfig } from './platform/config/config.ts'
import type { DatabaseHandle } from './platform/db/database.ts'
import { createLogger } from './platform/logging/logger.ts'
import type { RegisteredRoute } from './platform/web/routes/route-spec.ts'

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
const METHOD = '(?:GET|POST|PUT|PATCH|DELETE)'
/** `GET /api/v1/x`, `GET/PUT /api/v1/x` and `GET`/`POST /api/v1/x`: the API routes the README names in full. */
const LISTED = new RegExp(`\`(${METHOD}(?:\`?/\`?${METHOD})*) (/api/v1/[^\`\\s]*)\``, 'g')

/** Parameters by position, whatever each is named (`:id` in the README, `:personId` in the registry). */
const shape = (path: string) => path.replace(/\?.*$/, '').replace(/:\w+|<\w+>|\{\w+\}/g, ':param')

/** The registry as the app builds it; no route is served, so no database is needed. */
function registeredRoutes(): readonly RegisteredRoute[] {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })
  const noDatabase = new Proxy(
    {},
    {
      get() {
        throw new Error('the registry needs no database')
      },
    },
  )
  const handle = { db: noDatabase, ping: async () => true } as unknown as DatabaseHandle
  return createApp(buildServices(handle, config), config, createLogger('silent')).locals.routes
}

describe('the README', () => {
  it('lists only API routes that the route registry holds, with their methods', () => {
    const registered = new Set(registeredRoutes().map(r => `${r.method.toUpperCase()} ${shape(r.path)}`))
    const listed = [...README.matchAll(LISTED)].flatMap(([, methods, path]) =>
      methods!.split(/`?\/`?/).map(method => `${method} ${shape(path!)}`),
    )
    assert.ok(listed.length >= 20, `found ${listed.length} routes in the README`)
    assert.ok(listed.includes('POST /api/v1/disclosure/check'), 'the pattern finds the routes')
    const missing = listed.filter(route => !registered.has(route))
    assert.deepEqual(missing, [], 'the README names routes that are not there')
  })
})
