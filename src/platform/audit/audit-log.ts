import type { Db } from '../db/database.ts'
import { groupCommit } from '../db/group-commit.ts'

export interface AuditEntry<Action extends string = string> {
  /** One of the actions a feature declares (its `x.audit.ts`), so that the trail's names cannot drift. */
  action: Action
  actorId?: string | null
  actorUsername?: string | null
  subjectPersonId?: string | null
  correlationId?: string | null
  outcome?: 'success' | 'denied' | 'failure'
  /** Identifiers and field names only: never case content, never secrets. */
  details?: Record<string, unknown>
  justification?: string | null
}

/** Appends to the audit trail. The database refuses to change or remove an entry and chains each to the last. */
export function createAuditLog(db: Db): AuditTrail {
  // Every entry takes the chain's lock until its commit, so entries written one by one queue behind each other;
  // entries of concurrent requests are written together instead, in one statement and one commit.
  const append = groupCommit<AuditEntry>(entries => insert(db, entries))
  return {
    /** Resolves once the entry is committed. Pass the transaction of a change so the entry commits with it. */
    async record(entry: AuditEntry<string>, transaction?: Db): Promise<void> {
      await (transaction ? insert(transaction, [entry]) : append(entry))
    },
    flush: () => append.flushed(),
  }
}

async function insert(executor: Db, entries: AuditEntry[]) {
  await executor
    .insertInto('audit_event')
    .values(
      entries.map(entry => ({
        action: entry.action,
        actor_id: entry.actorId ?? null,
        actor_username: entry.actorUsername ?? null,
        subject_person_id: entry.subjectPersonId ?? null,
        correlation_id: entry.correlationId ?? null,
        outcome: entry.outcome ?? 'success',
        details: JSON.stringify(entry.details ?? {}),
        justification: entry.justification ?? null,
      })),
    )
    .execute()
}

/** The audit log as the service owns it: shutdown waits for the entries still being written. */
export interface AuditTrail extends AuditLog {
  flush(): Promise<void>
}

/** The audit log as a feature sees it: only its own declared actions type-check. */
export interface AuditLog<Action extends string = string> {
  record(entry: AuditEntry<Action>, transaction?: Db): Promise<void>
}
