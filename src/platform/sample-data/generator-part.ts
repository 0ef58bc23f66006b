import type { IsoDate } from '../dates/calendar-date.ts'
import type { Db } from '../db/database.ts'
import type { Random } from './random.ts'
import type { ScaleProfile } from './scale-profile.ts'

/** What every part of the generator is given: the open transaction, the sizes, the date and a seeded random. */
export interface GeneratorContext {
  tx: Db
  profile: ScaleProfile
  today: IsoDate
  random: Random
  passwordHash: string
  /** The audit chain's key (AUDIT_KEY). */
  auditKey: Buffer
  /** Says how far a long part has gone, for the progress lines. */
  progress: (done: number, total: number) => void
}

/**
 * One step of the generator: fills one feature's tables from what the earlier steps loaded, in bulk (set-based
 * SQL or batched multi-row inserts, never a statement per row). Returns how many rows it wrote.
 */
export interface GeneratorPart {
  name: string
  run(context: GeneratorContext): Promise<number>
}
