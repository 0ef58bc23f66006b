import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { groupCommit } from '../db/group-commit.ts'
import type { AuditConfig } from '../config/config.ts'
import { auditKeyOf, chainHash } from './audit-chain.ts'
import { createAuditCheckpointer, type AuditCheckpointer } from './audit-checkpoint.ts'

export interface AuditEntry<Action extends string = string> {
  /** One of the actions a feature declares (its `x.audit.ts`), so that the trail's names cannot drift. */
  action: Action
  actorId?: string | null
  actorUsername?: string | null
  subjectPersonId?: string | null
  correlationId?: string | null
  /** The id the client gave the request, if any: kept in the details, beside the server's correlation id. */
  clientCorrelationId?: string | null
  outcome?: 'success' | 'denied' | 'failure'
  /** Identifiers and field names only: never case content, never secrets. */
  details?: Record<string, unknown>
  justification?: string | null
}

export interface AuditChainOptions {
  /** The chain's key (AUDIT_KEY), held by the service only. */
  key: Buffer
  /** Told after each write, to keep the chain's head outside the database. */
  checkpoint?: AuditCheckpointer | undefined
}

/** The configured key, and a checkpointer when AUDIT_CHECKPOINT (or its default) names a file. */
export function auditChainOf(db: Db, config: AuditConfig, onProblem?: (message: string) => void): AuditChainOptions {
  return {
    key: auditKeyOf(config),
    checkpoint: config.checkpoint ? createAuditCheckpointer(db, config.checkpoint, { onProblem }) : undefined,
  }
}

/**
 * Appends to the audit trail. The database refuses to change or remove an entry; each entry's hash is keyed with a
 * secret the database never sees and links to the entry before it (migrations/021).
 */
export function createAuditLog(db: Db, chain: AuditChainOptions): AuditTrail {
  // Every entry takes the chain's lock until its commit, so entries written one by one queue behind each other;
  // entries of concurrent requests are written together instead, in one transaction and one commit.
  const append = groupCommit<AuditEntry>(entries => db.transaction().execute(tx => insert(tx, entries, chain.key)))
  return {
    /** Resolves once the entry is committed. Pass the transaction of a change so the entry commits with it. */
    async record(entry: AuditEntry<string>, transaction?: Db): Promise<void> {
      await (transaction ? insert(transaction, [entry], chain.key) : append(entry))
      chain.checkpoint?.touch()
    },
    flush: () => append.flushed(),
  }
}

/**
 * In the caller's transaction: the database takes the chain's lock and gives each entry its id, time and the text
 * to hash (audit_event_prepare); the keyed hashes are chained here; one statement inserts them all.
 */
async function insert(tx: Db, entries: AuditEntry[], key: Buffer) {
  const columns = entries.map(entry => ({
    action: entry.action,
    actor_id: entry.actorId ?? null,
    actor_username: entry.actorUsername ?? null,
    subject_person_id: entry.subjectPersonId ?? null,
    correlation_id: entry.correlationId ?? null,
    outcome: entry.outcome ?? 'success',
    details: entry.clientCorrelationId
      ? { ...entry.details, clientCorrelationId: entry.clientCorrelationId }
      : (entry.details ?? {}),
    justification: entry.justification ?? null,
  }))
  const { rows } = await sql<{ id: number; occurred_at: string; body: string; head_hash: string }>`
    select id, occurred_at, body, head_hash from audit_event_prepare(${JSON.stringify(columns)}::jsonb)`.execute(tx)
  let previous = rows[0]!.head_hash
  const values = rows.map((row, n) => {
    const hash = chainHash(key, row.body, previous)
    const value = {
      ...columns[n]!,
      details: JSON.stringify(columns[n]!.details),
      id: Number(row.id),
      occurred_at: row.occurred_at,
      chain_version: 2,
      prev_hash: previous,
      hash,
    }
    previous = hash
    return value
  })
  await tx.insertInto('audit_event').values(values).execute()
}

/** The audit log as the service owns it: shutdown waits for the entries still being written. */
export interface AuditTrail extends AuditLog {
  flush(): Promise<void>
}

/** The audit log as a feature sees it: only its own declared actions type-check. */
export interface AuditLog<Action extends string = string> {
  record(entry: AuditEntry<Action>, transaction?: Db): Promise<void>
}
