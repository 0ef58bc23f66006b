import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { auditKeyBytes, type AuditConfig } from '../config/config.ts'

/** What the first entry links to. */
export const GENESIS = '0'.repeat(64)

/**
 * The keyed hash of a version 2 entry: HMAC-SHA256 over `audit_event_body(e) | prev_hash` (migrations/021). Without
 * the key, which the database never holds, nobody can re-hash the chain from an edited entry onwards.
 */
export function chainHash(key: Buffer, body: string, previous: string): string {
  return createHmac('sha256', key).update(`${body}|${previous}`, 'utf8').digest('hex')
}

/**
 * The audit chain's key: AUDIT_KEY, or the file AUDIT_KEY_FILE names. Outside production a missing file is made
 * once, with a new random key readable by its owner only; two processes starting together agree on one.
 */
export function auditKeyOf(config: AuditConfig): Buffer {
  if (config.key) return config.key
  const file = config.keyFile
  if (!file) throw new Error('The audit chain has no key: set AUDIT_KEY or AUDIT_KEY_FILE')
  const existing = readKeyFile(file)
  if (existing) return existing
  if (!config.makeKeyFile) throw new Error(`The audit key file ${file} does not exist`)
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  try {
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readKeyFile(file) ?? fail(`The audit key file ${file} does not hold a key of at least 32 bytes`)
}

function readKeyFile(file: string): Buffer | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  return auditKeyBytes(text) ?? fail(`The audit key file ${file} does not hold a key of at least 32 bytes`)
}

function fail(message: string): never {
  throw new Error(message)
}

/** The head of the chain as last seen committed, kept outside the database. */
export interface ChainCheckpoint {
  id: number
  hash: string
}

export function readCheckpoint(file: string | undefined): ChainCheckpoint | undefined {
  if (!file) return undefined
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<ChainCheckpoint>
    if (typeof value.id === 'number' && typeof value.hash === 'string') return { id: value.id, hash: value.hash }
    throw new Error(`The audit checkpoint ${file} is not a checkpoint`)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Written aside and renamed, so that a crash leaves the old checkpoint or the new one, never half of one. */
export function writeCheckpoint(file: string, checkpoint: ChainCheckpoint): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`
  writeFileSync(
    partial,
    `${JSON.stringify({ id: checkpoint.id, hash: checkpoint.hash, at: new Date().toISOString() })}\n`,
    { mode: 0o600 },
  )
  renameSync(partial, file)
}

/** An entry as verify-audit reads it: the database recomputes the unkeyed digest and the keyed body. */
export interface ChainRow {
  id: number
  chain_version: number
  prev_hash: string
  hash: string
  /** audit_event_digest(e), for version 1 entries. */
  digest: string | null
  /** audit_event_body(e), for version 2 entries. */
  body: string | null
}

/**
 * hash: the entry's content or hash was changed. link: the entry before it was changed or removed. unkeyed: an
 * entry without the key after keyed ones. removed: the checkpointed entry is gone (the newest entries were
 * deleted). checkpoint: the checkpointed entry has another hash (the chain was re-hashed).
 */
export type ChainProblem = 'hash' | 'link' | 'unkeyed' | 'removed' | 'checkpoint'

/** Follows the chain a page of entries at a time, in id order, and names the first entries that do not match. */
export function createChainCheck(key: Buffer, checkpoint: ChainCheckpoint | undefined, limit = 20) {
  const broken: { id: number; problem: ChainProblem }[] = []
  let previous = GENESIS
  let keyed = false
  let checked = 0
  let reachedCheckpoint = false
  const problem = (id: number, kind: ChainProblem) => void (broken.length < limit && broken.push({ id, problem: kind }))
  return {
    add(rows: readonly ChainRow[]) {
      for (const row of rows) {
        checked++
        if (row.prev_hash !== previous) problem(row.id, 'link')
        if (row.chain_version === 2) {
          keyed = true
          if (!same(row.hash, chainHash(key, row.body ?? '', row.prev_hash))) problem(row.id, 'hash')
        } else {
          if (keyed) problem(row.id, 'unkeyed')
          if (row.hash !== row.digest) problem(row.id, 'hash')
        }
        if (checkpoint && row.id === checkpoint.id) {
          reachedCheckpoint = true
          if (!same(row.hash, checkpoint.hash)) problem(row.id, 'checkpoint')
        }
        previous = row.hash
      }
    },
    finish() {
      if (checkpoint && !reachedCheckpoint) problem(checkpoint.id, 'removed')
      return { broken, checked }
    },
  }
}

function same(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
}
