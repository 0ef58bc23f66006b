import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import { chainHash } from '../../platform/audit/audit-chain.ts'
import type { Db } from '../../platform/db/database.ts'
import { withIndexesRebuilt } from '../../platform/db/bulk-insert.ts'
import type { Random } from '../../platform/sample-data/random.ts'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'

/** What generated entries record, and how often (weights). Details are written as jsonb prints them. */
const ACTIONS = [
  { action: 'person.viewed', subject: true, details: '{}', weight: 30 },
  { action: 'caseload.viewed', subject: false, details: '{"page": 1, "stage": null}', weight: 20 },
  { action: 'needs.viewed', subject: true, details: '{}', weight: 12 },
  { action: 'readiness.viewed', subject: true, details: '{}', weight: 10 },
  { action: 'handover.viewed', subject: true, details: '{}', weight: 8 },
  { action: 'people.searched', subject: false, details: '{}', weight: 8 },
  { action: 'sign-in.succeeded', subject: false, details: '{}', weight: 6 },
  { action: 'readiness.item-updated', subject: true, details: '{}', weight: 3 },
  { action: 'need-action.updated', subject: true, details: '{}', weight: 2 },
  { action: 'sign-out', subject: false, details: '{}', weight: 1 },
] as const
const WEIGHTED = ACTIONS.flatMap((a, n) => Array<number>(a.weight).fill(n))

const BATCH = 20_000
const DAY_MICROS = 86_400_000_000
const SPAN_DAYS = 730
const GENESIS = '0'.repeat(64)

/**
 * Two years of audit trail, tens of millions of entries at national scale, chained exactly as the service chains
 * them (migrations/021: each hash is HMAC-SHA256 with the audit key over audit_event_body and the hash before it).
 * The chain is sequential, so its hashes are computed here, a batch at a time, and each batch is one
 * set-based insert. The chaining trigger is disabled only inside the generator's transaction, which holds the
 * table's exclusive lock until commit, so no other entry can slip in; the triggers refusing update, delete and
 * truncate stay on. The secondary indexes are built again once at the end, and a sample of entries is checked
 * against audit_event_body itself, so a drift between this code and the database's text fails the run.
 */
export const auditPart: GeneratorPart = {
  name: 'audit trail',
  async run({ tx, profile, today, random, progress, auditKey }) {
    const { actors, subjects } = await loadPicks(tx)
    const start = await nextId(tx)
    const last = await sql<{ hash: string }>`select hash from audit_event order by id desc limit 1`.execute(tx)
    const genesis = last.rows[0]?.hash ?? GENESIS
    const t0 = Date.parse(`${today}T00:00:00Z`) - SPAN_DAYS * 86_400_000
    const step = Math.floor((SPAN_DAYS * DAY_MICROS) / profile.auditEntries)
    const chain = { start, t0, step, previous: genesis, actors, subjects, random, key: auditKey }
    await withIndexesRebuilt(tx, ['audit_event'], async () => {
      await sql`alter table audit_event disable trigger audit_event_chain`.execute(tx)
      // Hashing the next batch here overlaps with the database inserting the last one.
      let pending: Promise<void> = Promise.resolve()
      for (let k = 0; k < profile.auditEntries; k += BATCH) {
        const batch = nextBatch(chain, k, Math.min(BATCH, profile.auditEntries - k))
        await pending
        pending = insertBatch(tx, batch).then(() => progress(k + batch.hashes.length, profile.auditEntries))
        await new Promise(resolve => setImmediate(resolve))
      }
      await pending
      await sql`alter table audit_event enable trigger audit_event_chain`.execute(tx)
    })
    await sql`select setval('audit_event_id_seq', ${start + profile.auditEntries - 1})`.execute(tx)
    await checkSample(tx, start, start + profile.auditEntries - 1, genesis, auditKey)
    return profile.auditEntries
  },
}

interface Chain {
  start: number
  t0: number
  step: number
  /** The hash of the last entry hashed so far. */
  previous: string
  actors: { id: string; username: string }[]
  subjects: { id: string; actor: number }[]
  random: Random
  key: Buffer
}

/** The next `size` entries from the k-th: who did what to whom, and each hash over the one before. */
function nextBatch(chain: Chain, k: number, size: number): Batch {
  const { actors, subjects, random } = chain
  const batch: Batch = {
    start: chain.start + k,
    offset: k,
    step: chain.step,
    t0: chain.t0,
    previous: chain.previous,
    hashes: [],
    actors: [],
    subjects: [],
    actions: [],
  }
  for (let j = 0; j < size; j++) {
    const id = chain.start + k + j
    const n = WEIGHTED[random.int(0, WEIGHTED.length - 1)]!
    const action = ACTIONS[n]!
    const subject = action.subject ? random.int(0, subjects.length - 1) : -1
    const actor = subject >= 0 ? subjects[subject]!.actor : random.int(0, actors.length - 1)
    const text = [
      id,
      timestamp(chain.t0, (k + j) * chain.step),
      actors[actor]!.id,
      actors[actor]!.username,
      action.action,
      subject >= 0 ? subjects[subject]!.id : '',
      correlationId(id),
      'success',
      action.details,
      '',
    ].join('|')
    chain.previous = chainHash(chain.key, text, chain.previous)
    batch.hashes.push(chain.previous)
    batch.actors.push(actor)
    batch.subjects.push(subject)
    batch.actions.push(n)
  }
  return batch
}

/** `to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, from whole microseconds. */
function timestamp(t0Millis: number, micros: number): string {
  const iso = new Date(t0Millis + Math.floor(micros / 1000)).toISOString()
  return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}`
}

/** `md5(id::text)::uuid::text`: a request id per entry, the same on both sides. */
function correlationId(id: number): string {
  const h = createHash('md5').update(String(id)).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Staff who act, and people with the practitioner who mostly reads their record; mirrored in temporary tables. */
async function loadPicks(tx: Db) {
  const actors = await tx
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where('role', 'in', ['com', 'pom', 'manager'])
    .orderBy('username')
    .execute()
  const actorIndex = new Map(actors.map((a, n) => [a.id, n]))
  const people = await tx.selectFrom('person').select(['id', 'com_id', 'pom_id']).orderBy('crn').execute()
  const subjects = people.map((p, n) => ({
    id: p.id,
    actor: actorIndex.get(p.com_id ?? p.pom_id ?? '') ?? n % actors.length,
  }))
  await sql`create temporary table gen_actor (n int primary key, id uuid, username text) on commit drop`.execute(tx)
  await sql`create temporary table gen_subject (n int primary key, id uuid) on commit drop`.execute(tx)
  await sql`create temporary table gen_action (n int primary key, action text, details jsonb) on commit drop`.execute(
    tx,
  )
  await fillPick(
    tx,
    'gen_actor',
    actors.map((a, n) => ({ n, id: a.id, username: a.username })),
  )
  await fillPick(
    tx,
    'gen_subject',
    subjects.map((s, n) => ({ n, id: s.id })),
  )
  await fillPick(
    tx,
    'gen_action',
    ACTIONS.map((a, n) => ({ n, action: a.action, details: JSON.parse(a.details) as unknown })),
  )
  // Statistics, so that each batch looks its rows up by index rather than hashing whole tables.
  await sql`analyze gen_actor, gen_subject, gen_action`.execute(tx)
  return { actors, subjects }
}

async function fillPick(tx: Db, table: string, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 10_000) {
    await sql`insert into ${sql.table(table)} select * from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows.slice(i, i + 10_000))}::json)`.execute(
      tx,
    )
  }
}

async function nextId(tx: Db): Promise<number> {
  const { rows } = await sql<{ next: number }>`select greatest(
      (select coalesce(max(id), 0) from audit_event),
      (select case when is_called then last_value else 0 end from audit_event_id_seq)) + 1 as next`.execute(tx)
  return Number(rows[0]!.next)
}

interface Batch {
  start: number
  offset: number
  step: number
  t0: number
  previous: string
  hashes: string[]
  actors: number[]
  subjects: number[]
  actions: number[]
}

async function insertBatch(tx: Db, b: Batch) {
  const t0 = new Date(b.t0).toISOString()
  await sql`insert into audit_event (id, occurred_at, actor_id, actor_username, action, subject_person_id,
      correlation_id, outcome, details, justification, prev_hash, hash, chain_version)
    select ${b.start}::bigint + u.k - 1,
      ${t0}::timestamptz + ((${b.offset}::bigint + u.k - 1) * ${b.step}::bigint) * interval '1 microsecond',
      a.id, a.username, act.action, s.id, md5((${b.start}::bigint + u.k - 1)::text)::uuid::text, 'success',
      act.details, null, coalesce(lag(u.hash) over (order by u.k), ${b.previous}), u.hash, 2
    from unnest(string_to_array(${b.hashes.join(',')}, ','), string_to_array(${b.actors.join(',')}, ',')::int[],
      string_to_array(${b.subjects.join(',')}, ',')::int[], string_to_array(${b.actions.join(',')}, ',')::int[])
      with ordinality as u(hash, actor, subject, action, k)
    join gen_actor a on a.n = u.actor
    join gen_action act on act.n = u.action
    left join gen_subject s on s.n = u.subject`.execute(tx)
}

/** The first and last thousand generated entries, rechecked against the database's own text and their links. */
async function checkSample(tx: Db, first: number, last: number, genesis: string, key: Buffer) {
  const { rows } = await sql<{ id: number; body: string; prev_hash: string; hash: string; before: string | null }>`
    select a.id, audit_event_body(a) as body, a.prev_hash, a.hash,
           case when a.id = ${first} then ${genesis} else p.hash end as before
    from audit_event a left join audit_event p on p.id = a.id - 1
    where a.id between ${first} and ${Math.min(last, first + 999)}
       or a.id between ${Math.max(first, last - 999)} and ${last}`.execute(tx)
  const bad = rows.filter(r => r.prev_hash !== r.before || r.hash !== chainHash(key, r.body, r.prev_hash))
  if (bad.length) throw new Error('Generated audit entries do not match audit_event_body: the chain would break')
}
