import { randomBytes } from 'node:crypto'
import { hashPassword } from '../auth/password.ts'
import type { IsoDate } from '../dates/calendar-date.ts'
import type { Db } from '../db/database.ts'
import type { DemoSeeder } from './demo-seeder.ts'
import { seededRandom } from './random.ts'

/** The demo's named accounts, one per role. */
export const DEMO_ACCOUNTS = ['com', 'pom', 'manager', 'partner', 'admin', 'person'] as const

export interface DemoOptions {
  today: IsoDate
  password: string
  /** How many people (default 300). */
  people?: number
}

/**
 * Loads the fictional demo organisation by running every feature's seeder in the order of the feature list, in
 * one transaction: all of it or none. Does nothing when the database already holds an organisation.
 */
export async function seedDemo(db: Db, seeders: readonly DemoSeeder[], options: DemoOptions) {
  const random = seededRandom(20_261_123)
  const passwordHash = await hashPassword(options.password)
  return db.transaction().execute(async tx => {
    if (await tx.selectFrom('region').select('id').limit(1).executeTakeFirst()) return { seeded: false as const }
    const context = { tx, today: options.today, random, passwordHash, people: options.people ?? 300 }
    for (const seed of seeders) await seed(context)
    const count = async (table: 'person' | 'app_user') =>
      Number(
        (
          await tx
            .selectFrom(table)
            .select(eb => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    return { seeded: true as const, people: await count('person'), staff: await count('app_user') }
  })
}

/**
 * Loads the demo data on first start and sets the demo accounts' password: DEMO_PASSWORD when given,
 * otherwise a fresh one that is printed, so that no fixed password ever works.
 */
export async function prepareDemo(
  db: Db,
  seeders: readonly DemoSeeder[],
  options: { today: IsoDate; demoPassword: string | undefined; people?: number },
) {
  const password = options.demoPassword ?? randomBytes(9).toString('base64url')
  const result = await seedDemo(db, seeders, { today: options.today, password, people: options.people })
  if (!result.seeded) {
    await db
      .updateTable('app_user')
      .set({ password_hash: await hashPassword(password) })
      .where('demo', '=', true)
      .execute()
  }
  return { ...result, password, generated: options.demoPassword === undefined }
}
