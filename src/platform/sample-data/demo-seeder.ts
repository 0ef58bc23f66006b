import type { IsoDate } from '../dates/calendar-date.ts'
import type { Db } from '../db/database.ts'
import type { Random } from './random.ts'

/** What every feature's demo seeder is given: the open transaction, the day, the size and one seeded random. */
export interface DemoContext {
  tx: Db
  today: IsoDate
  random: Random
  /** The demo accounts' password, hashed once. */
  passwordHash: string
  /** How many people the demo holds. */
  people: number
}

/**
 * One feature's part of the fictional demo organisation, run in the order of the feature list, inside one
 * transaction with every other part: what it reads was written by the features before it.
 */
export type DemoSeeder = (context: DemoContext) => Promise<unknown>
