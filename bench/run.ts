/**
 * `npm run bench`: starts the service against generated data (PostgreSQL from DATABASE_URL at national scale,
 * else PGlite at PDU scale), signs in as a COM, a manager and an administrator, and drives each route in BENCH_ROUTES from this
 * process with autocannon, then the same route's floor (the same template and data from memory). Prints a table
 * and writes bench/results/latest.json. BENCH_ONLY=overview,plan runs only the routes whose names hold one of those
 * words. See "Scale and performance" in the README.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CAPTURE_HEADER, FLOOR_PATH } from '../src/platform/web/bench-floor.ts'
import { drive } from './load.ts'
import { prepareData, type Target } from './prepare.ts'
import { table, type BenchResult } from './report.ts'
import { BENCH_ROUTES } from './routes.ts'
import { startServer, type BenchServer } from './server.ts'
import { findData, signIn } from './session.ts'

const ROOT = join(import.meta.dirname, '..')
const say = (line: string) => void process.stdout.write(`${line}\n`)

function settings() {
  const databaseUrl = process.env.DATABASE_URL || undefined
  const number = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback)
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`)
    return value
  }
  const target: Target = {
    databaseUrl,
    dataDir: process.env.BENCH_DATA_DIR ?? join(ROOT, 'data', 'bench'),
    scale: databaseUrl ? 'national' : 'pdu',
    password: process.env.DEMO_PASSWORD ?? randomBytes(12).toString('base64url'),
  }
  return {
    target,
    seconds: number('BENCH_SECONDS', 8),
    connections: number('BENCH_CONNECTIONS', 16),
    port: number('BENCH_PORT', 3999),
    only: (process.env.BENCH_ONLY ?? '')
      .split(',')
      .map(part => part.trim().toLowerCase())
      .filter(Boolean),
  }
}

async function main() {
  const { target, seconds, connections, port, only } = settings()
  const people = await prepareData(target, say)
  const db = target.databaseUrl ? 'postgres' : 'pglite'
  const scale = people >= 200_000 ? 'national' : people <= 10_000 ? 'pdu' : `${people} people`
  say(`Benchmark: ${people.toLocaleString('en-GB')} people on ${db}, ${connections} connections, ${seconds} s a route.`)
  const env: Record<string, string> = target.databaseUrl
    ? { DATABASE_URL: target.databaseUrl, DEMO_PASSWORD: target.password }
    : { DATABASE_URL: '', DATA_DIR: target.dataDir, DEMO_PASSWORD: target.password }
  const server = await startServer(env, port)
  try {
    const results = await runRoutes(server, { target, seconds, connections, scale, db, only })
    say(`\n${table(results)}\n`)
    say(
      `${scale} scale on ${db}. The load tool (autocannon), the server and the database all share this machine's ` +
        `${(await import('node:os')).availableParallelism()} cores: the figures are for the whole machine, not the server alone.`,
    )
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
    writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
    say('Written to bench/results/latest.json')
  } finally {
    await server.stop()
  }
}

async function runRoutes(
  server: BenchServer,
  run: {
    target: Target
    seconds: number
    connections: number
    scale: string
    db: 'postgres' | 'pglite'
    only: string[]
  },
): Promise<BenchResult[]> {
  const cookies = {
    com: (await signIn(server.baseUrl, 'com', run.target.password)).cookie,
    manager: (await signIn(server.baseUrl, 'manager', run.target.password)).cookie,
    admin: (await signIn(server.baseUrl, 'admin', run.target.password)).cookie,
  }
  const data = await findData(server.baseUrl, cookies.com)
  const results: BenchResult[] = []
  for (const [n, route] of BENCH_ROUTES.entries()) {
    if (run.only.length && !run.only.some(part => route.route.toLowerCase().includes(part))) continue
    const url = `${server.baseUrl}${route.path(data)}`
    const headers = { cookie: cookies[route.user] }
    // One real request, kept by the server as this route's floor.
    const first = await fetch(url, { headers: { ...headers, [CAPTURE_HEADER]: `route-${n}` } })
    if (!first.ok) throw new Error(`${route.route}: ${url} answered ${first.status}`)
    await first.arrayBuffer()
    server.takePeakRss()
    const real = await drive(url, { connections: run.connections, seconds: run.seconds, headers })
    await settle(server.baseUrl)
    const floor = await drive(`${server.baseUrl}${FLOOR_PATH}/route-${n}`, {
      connections: run.connections,
      seconds: run.seconds,
    })
    if (real.failures || floor.failures) say(`  ${route.route}: ${real.failures + floor.failures} failed responses`)
    results.push({
      route: route.route,
      scale: run.scale,
      db: run.db,
      connections: run.connections,
      requests: real.requests,
      p50_ms: real.p50,
      p95_ms: real.p95,
      p99_ms: real.p99,
      rps: real.rps,
      floor_p95_ms: floor.p95,
      floor_rps: floor.rps,
      rss_mb: server.takePeakRss(),
    })
    await settle(server.baseUrl)
    say(`  ${route.route}: ${real.rps} req/s, p95 ${real.p95} ms (floor ${floor.rps} req/s, p95 ${floor.p95} ms)`)
  }
  return results
}

/**
 * Waits until the requests the load tool left in flight are done (the health check queries the database, so it
 * answers after them), so that one measurement does not pay for the last: with PGlite in the server's process, a
 * query holds the whole event loop.
 */
async function settle(baseUrl: string) {
  await (await fetch(`${baseUrl}/health`)).arrayBuffer()
  await new Promise(resolve => setTimeout(resolve, 500))
}

main().catch(error => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
})
