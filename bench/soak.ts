/**
 * `npm run soak`: starts the service against generated data (PDU scale, on the embedded database in data/soak, or on
 * PostgreSQL from DATABASE_URL) and drives it for SOAK_SECONDS (default 600) from 16 connections at once, as COMs,
 * managers and an administrator: the pages and API routes of BENCH_ROUTES, and about one request in five a write
 * (a change of a person's details through the API and through the form, now and then a person added). Prints the
 * count of 5xx answers, the latency percentiles, the throughput and the server's resident memory after the warm-up
 * and at the end, and flags growth; exits 1 on any 5xx or failed request. See docs/reliability.md.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { percentile } from './load.ts'
import { prepareData, type Target } from './prepare.ts'
import { BENCH_ROUTES, type BenchData } from './routes.ts'
import { startServer, type BenchServer } from './server.ts'
import { findData, signIn, type Session } from './session.ts'

const ROOT = join(import.meta.dirname, '..')
const say = (line: string) => void process.stdout.write(`${line}\n`)
type Role = 'com' | 'manager' | 'admin'

/** Who the 16 connections are: most of the traffic is practitioners', as in a working day. */
const CONNECTION_ROLES: readonly Role[] = [
  ...Array<Role>(9).fill('com'),
  ...Array<Role>(5).fill('manager'),
  ...Array<Role>(2).fill('admin'),
]
const WRITE_SHARE = 0.2
const RUN_OFFSET = Math.floor(Math.random() * 10_000)
/** Memory is said to grow when it ends this much above where it was after the warm-up. */
const GROWTH = { ratio: 1.2, mb: 40 }

function settings() {
  const databaseUrl = process.env.DATABASE_URL || undefined
  const number = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback)
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`)
    return value
  }
  const target: Target = {
    databaseUrl,
    dataDir: process.env.SOAK_DATA_DIR ?? join(ROOT, 'data', 'soak'),
    scale: 'pdu',
    password: process.env.DEMO_PASSWORD ?? randomBytes(12).toString('base64url'),
  }
  const seconds = number('SOAK_SECONDS', 600)
  return { target, seconds, port: number('SOAK_PORT', 3998), warmUp: Math.min(30, Math.ceil(seconds / 10)) }
}

interface Tally {
  latencies: number[]
  reads: number
  writes: number
  status5xx: number
  status4xx: number
  failed: number
  /** A few of the unexpected answers, to say what went wrong. */
  problems: string[]
}

const newTally = (): Tally => ({
  latencies: [],
  reads: 0,
  writes: 0,
  status5xx: 0,
  status4xx: 0,
  failed: 0,
  problems: [],
})

/** One request, timed and counted; the answer's body is read whole, as a browser would. */
async function timed(
  tally: Tally,
  kind: 'read' | 'write',
  url: string,
  init: RequestInit,
  expected: (status: number) => boolean = status => status < 300,
): Promise<{ status: number; text: string } | undefined> {
  const started = performance.now()
  try {
    const response = await fetch(url, { ...init, redirect: 'manual' })
    const text = await response.text()
    tally.latencies.push(performance.now() - started)
    tally[kind === 'read' ? 'reads' : 'writes']++
    if (response.status >= 500) tally.status5xx++
    else if (response.status >= 400) tally.status4xx++
    if (!expected(response.status) && tally.problems.length < 10)
      tally.problems.push(`${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}`)
    return { status: response.status, text }
  } catch (error) {
    tally.failed++
    if (tally.problems.length < 10) tally.problems.push(`${init.method ?? 'GET'} ${url}: ${(error as Error).message}`)
    return undefined
  }
}

interface Person {
  id: string
  crn: string
  firstName: string
  lastName: string
  preferredName: string | null
  pronouns: string | null
  dateOfBirth: string
  prisonNumber: string | null
  communityArea: string | null
  pdu: { id: string } | null
  version: number
}

/** A writer's own person, so that no two connections change the same record (which would answer 409). */
interface Writer {
  role: Role
  session: Session
  formToken: string
  personId: string | undefined
  added: number
  /** A manager adding a person names their COM. */
  comId: string | undefined
}

/** A change of a person's details: the record read through the API, then changed through the API or the form. */
async function write(baseUrl: string, tally: Tally, writer: Writer, n: number, connection: number) {
  const headers = { cookie: writer.session.cookie }
  if (n % 10 === 9) {
    // Now and then a person added: allocated to the COM who adds them, or to the COM a manager names.
    // Y and 10 upwards: outside the generator's CRNs (a letter and 000000 upwards); the counter starts at random, so
    // that runs on the same data rarely reuse a CRN.
    const crn = `Y${10 + connection}${String((writer.added++ + RUN_OFFSET) % 10_000).padStart(4, '0')}`
    const body = { firstName: 'Soak', lastName: 'Tester', dateOfBirth: '1990-06-15', crn, comId: writer.comId }
    await timed(
      tally,
      'write',
      `${baseUrl}/api/v1/people`,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': writer.session.csrfToken },
        body: JSON.stringify(body),
        // A CRN added by an earlier run of the soak is refused as a duplicate: that is the service answering right.
      },
      status => status === 201 || status === 400,
    )
    return
  }
  if (!writer.personId) return
  const read = await timed(tally, 'read', `${baseUrl}/api/v1/people/${writer.personId}`, { headers })
  if (read?.status !== 200) return
  const person = (JSON.parse(read.text) as { person: Person }).person
  const preferredName = person.preferredName === 'Soak' ? null : 'Soak'
  if (n % 2 === 0) {
    const body = {
      firstName: person.firstName,
      lastName: person.lastName,
      preferredName,
      pronouns: person.pronouns,
      dateOfBirth: person.dateOfBirth,
      crn: person.crn,
      prisonNumber: person.prisonNumber,
      communityArea: person.communityArea,
      pduId: person.pdu?.id,
      version: person.version,
    }
    await timed(tally, 'write', `${baseUrl}/api/v1/people/${person.id}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': writer.session.csrfToken },
      body: JSON.stringify(body),
    })
  } else {
    const [year, month, day] = person.dateOfBirth.split('-') as [string, string, string]
    const form = new URLSearchParams({
      _csrf: writer.formToken,
      firstName: person.firstName,
      lastName: person.lastName,
      preferredName: preferredName ?? '',
      pronouns: person.pronouns ?? '',
      'dateOfBirth-day': String(Number(day)),
      'dateOfBirth-month': String(Number(month)),
      'dateOfBirth-year': year,
      crn: person.crn,
      prisonNumber: person.prisonNumber ?? '',
      communityArea: person.communityArea ?? '',
      pduId: person.pdu?.id ?? '',
      version: String(person.version),
    })
    await timed(
      tally,
      'write',
      `${baseUrl}/people/${person.id}/edit`,
      { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: form },
      status => status === 303,
    )
  }
}

/** A connection: reads of its role's routes, and about one in five a write, one after another until the end. */
async function connection(
  baseUrl: string,
  tally: Tally,
  reads: string[],
  session: Session,
  writer: Writer | undefined,
  until: number,
  connection: number,
) {
  const headers = { cookie: session.cookie }
  let n = 0
  // Spread over the list from different places, so that the connections are not all on the same route.
  let next = connection * 7
  while (Date.now() < until) {
    if (writer && Math.random() < WRITE_SHARE) await write(baseUrl, tally, writer, n++, connection)
    else await timed(tally, 'read', reads[next++ % reads.length]!, { headers })
  }
}

async function peopleOf(baseUrl: string, session: Session): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/v1/caseload`, { headers: { cookie: session.cookie } })
  return ((await response.json()) as { people: { id: string }[] }).people.map(p => p.id)
}

async function formToken(baseUrl: string, session: Session, personId: string | undefined): Promise<string> {
  if (!personId) return ''
  const html = await (await fetch(`${baseUrl}/people/${personId}/edit`, { headers: { cookie: session.cookie } })).text()
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''
}

async function soak(server: BenchServer, target: Target, seconds: number, warmUp: number) {
  const sessions: Record<Role, Session> = {
    com: await signIn(server.baseUrl, 'com', target.password),
    manager: await signIn(server.baseUrl, 'manager', target.password),
    admin: await signIn(server.baseUrl, 'admin', target.password),
  }
  const data: BenchData = await findData(server.baseUrl, sessions.com.cookie)
  // Each writing connection gets a person of its own: the COM's from their caseload, the managers' from the rest of
  // the team's, never the person the read routes open.
  const comPeople = (await peopleOf(server.baseUrl, sessions.com)).filter(id => id !== data.personId)
  const teamPeople = (await peopleOf(server.baseUrl, sessions.manager)).filter(
    id => id !== data.personId && !comPeople.includes(id),
  )
  const pools: Record<Role, string[]> = { com: comPeople, manager: teamPeople, admin: [] }
  const readsOf = (role: Role) => BENCH_ROUTES.filter(r => r.user === role).map(r => `${server.baseUrl}${r.path(data)}`)

  const rssIdle = server.rss()
  const tally = newTally()
  const until = Date.now() + seconds * 1000
  const running = CONNECTION_ROLES.map(async (role, i) => {
    const session = sessions[role]
    const personId = pools[role].shift()
    const writer: Writer | undefined =
      role === 'admin'
        ? undefined
        : {
            role,
            session,
            personId,
            formToken: await formToken(server.baseUrl, session, personId),
            added: 0,
            comId: role === 'manager' ? data.staffId : undefined,
          }
    await connection(server.baseUrl, tally, readsOf(role), session, writer, until, i)
  })
  // Memory after the warm-up, then every 30 s, with the figures of each period.
  const samples: { second: number; rssMb: number }[] = []
  let rssAfterWarmUp = 0
  const started = Date.now()
  let seen = 0
  const progress = setInterval(() => {
    const second = Math.round((Date.now() - started) / 1000)
    const rssMb = server.rss()
    if (!rssAfterWarmUp && second >= warmUp) rssAfterWarmUp = rssMb
    if (second % 30 === 0 || second === warmUp) {
      samples.push({ second, rssMb })
      const period = tally.latencies.slice(seen).sort((a, b) => a - b)
      seen = tally.latencies.length
      say(
        `  ${String(second).padStart(4)} s: ${tally.latencies.length} requests, 5xx ${tally.status5xx}, ` +
          `p95 of the last period ${Math.round(percentile(period, 95))} ms, server ${rssMb} MB`,
      )
    }
  }, 1000)
  await Promise.all(running)
  clearInterval(progress)
  const rssEnd = server.rss()
  return { tally, rssIdle, rssAfterWarmUp: rssAfterWarmUp || rssIdle, rssEnd, rssPeak: server.takePeakRss(), samples }
}

async function main() {
  const { target, seconds, port, warmUp } = settings()
  const people = await prepareData(target, say)
  const db = target.databaseUrl ? 'postgres' : 'pglite'
  const env: Record<string, string> = target.databaseUrl
    ? { DATABASE_URL: target.databaseUrl, DEMO_PASSWORD: target.password }
    : { DATABASE_URL: '', DATA_DIR: target.dataDir, DEMO_PASSWORD: target.password }
  say(
    `Soak: ${seconds} s, ${CONNECTION_ROLES.length} connections (${count('com')} as a COM, ${count('manager')} as a ` +
      `manager, ${count('admin')} as an administrator), ${people.toLocaleString('en-GB')} people on ${db}, ` +
      `load average before ${loadavg()
        .map(n => n.toFixed(2))
        .join(' ')}.`,
  )
  const server = await startServer(env, port)
  let result
  try {
    result = await soak(server, target, seconds, warmUp)
    if (!server.running()) throw new Error('The server stopped during the soak')
  } finally {
    await server.stop()
  }
  const { tally } = result
  const sorted = tally.latencies.sort((a, b) => a - b)
  const ms = (p: number) => Math.round(percentile(sorted, p) * 10) / 10
  const grew = result.rssEnd > result.rssAfterWarmUp * GROWTH.ratio && result.rssEnd - result.rssAfterWarmUp > GROWTH.mb
  const figures = {
    date: new Date().toISOString(),
    db,
    people,
    seconds,
    connections: CONNECTION_ROLES.length,
    requests: sorted.length,
    reads: tally.reads,
    writes: tally.writes,
    rps: Math.round(sorted.length / seconds),
    status5xx: tally.status5xx,
    status4xx: tally.status4xx,
    failed: tally.failed,
    p50_ms: ms(50),
    p95_ms: ms(95),
    p99_ms: ms(99),
    rss_idle_mb: result.rssIdle,
    rss_after_warm_up_mb: result.rssAfterWarmUp,
    rss_end_mb: result.rssEnd,
    rss_peak_mb: result.rssPeak,
    rss_samples: result.samples,
    memory_grew: grew,
    load_average_after: loadavg().map(n => Math.round(n * 100) / 100),
    cores: availableParallelism(),
  }
  say('')
  say(`requests     ${figures.requests} (${figures.rps}/s): ${figures.reads} reads, ${figures.writes} writes`)
  say(`5xx          ${figures.status5xx}   (4xx ${figures.status4xx}, failed requests ${figures.failed})`)
  say(`latency      p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, p99 ${figures.p99_ms} ms`)
  say(
    `server RSS   ${figures.rss_idle_mb} MB before the load, ${figures.rss_after_warm_up_mb} MB after the ` +
      `${warmUp} s warm-up, ${figures.rss_end_mb} MB at the end (peak ${figures.rss_peak_mb} MB): ` +
      (grew ? 'MEMORY GREW' : 'flat'),
  )
  say(
    `load average ${figures.load_average_after.join(' ')} at the end, on ${figures.cores} cores shared with the load tool`,
  )
  for (const problem of tally.problems) say(`  ${problem}`)
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench', 'results', `soak-${db}.json`), `${JSON.stringify(figures, null, 2)}\n`)
  say(`Written to bench/results/soak-${db}.json`)
  if (figures.status5xx || figures.failed) process.exit(1)
}

const count = (role: Role) => CONNECTION_ROLES.filter(r => r === role).length

main().catch(error => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
})
