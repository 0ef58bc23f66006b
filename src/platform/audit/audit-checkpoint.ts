import { rmSync } from 'node:fs'
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { readCheckpoint, writeCheckpoint, type ChainCheckpoint } from './audit-chain.ts'

export interface AuditCheckpointer {
  /** Says that entries were written: the checkpoint follows within the interval, not once per entry. */
  touch(): void
  /** Checkpoints the head now, if anything was written since the last time. */
  flush(): Promise<void>
  /** Stops the timer and checkpoints what is left, at shutdown. */
  close(): Promise<void>
}

/**
 * Keeps the head of the audit chain, `{ id, hash }`, in a file outside the database, at most once per interval while
 * entries are written and once more at shutdown. verify-audit then proves the chain still reaches that entry with
 * that hash, so that deleting the newest entries, or re-hashing the chain, shows. A checkpoint is moved on only
 * while the entry it names is still there unchanged: a trail found tampered with keeps the evidence.
 */
export function createAuditCheckpointer(
  db: Db,
  file: string,
  options: { intervalMs?: number; onProblem?: (message: string) => void } = {},
): AuditCheckpointer {
  const intervalMs = options.intervalMs ?? 1000
  let dirty = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  async function write() {
    if (!dirty) return
    dirty = false
    try {
      const moved = await advanceCheckpoint(db, file)
      if (!moved) options.onProblem?.(`the audit trail no longer holds the entry checkpointed in ${file}`)
    } catch (error) {
      dirty = true
      options.onProblem?.(`the audit checkpoint could not be written: ${(error as Error).message}`)
    }
  }
  const flush = () => (running = running.then(write))

  return {
    touch() {
      dirty = true
      if (timer) return
      timer = setTimeout(() => {
        timer = undefined
        void flush()
      }, intervalMs)
      timer.unref()
    },
    flush,
    async close() {
      if (timer) clearTimeout(timer)
      timer = undefined
      await flush()
    },
  }
}

/**
 * Moves the checkpoint to the chain's committed head, if the entry checkpointed before is still there with its
 * hash. Returns false (and leaves the file as it is) when it is not.
 */
export async function advanceCheckpoint(db: Db, file: string, options: { reset?: boolean } = {}): Promise<boolean> {
  const before = options.reset ? undefined : readCheckpoint(file)
  const { rows } = await sql<ChainCheckpoint & { head: boolean }>`
    select id, hash, true as head from (select id, hash from audit_event order by id desc limit 1) h
    union all
    select id, hash, false from audit_event where id = ${before?.id ?? -1}`.execute(db)
  const head = rows.find(r => r.head)
  if (before && !rows.some(r => !r.head && r.hash === before.hash)) return false
  if (!head && options.reset) rmSync(file, { force: true })
  if (head && (head.id !== before?.id || options.reset)) writeCheckpoint(file, { id: Number(head.id), hash: head.hash })
  return true
}
