import type { Db } from '../db/database.ts'

export interface AuditEntry {
  action: string
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
export function createAuditLog(db: Db) {
  return {
    async record(entry: AuditEntry, executor: Db = db): Promise<void> {
      await executor
        .insertInto('audit_event')
        .values({
          action: entry.action,
          actor_id: entry.actorId ?? null,
          actor_username: entry.actorUsername ?? null,
          subject_person_id: entry.subjectPersonId ?? null,
          correlation_id: entry.correlationId ?? null,
          outcome: entry.outcome ?? 'success',
          details: JSON.stringify(entry.details ?? {}),
          justification: entry.justification ?? null,
        })
        .execute()
    },
  }
}

export type AuditLog = ReturnType<typeof createAuditLog>
