import { randomBytes } from 'node:crypto'
import { hashPassword } from '../../platform/auth/password.ts'
import type { Db } from '../../platform/db/database.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { seedDemo } from './seed-demo.ts'

/**
 * Loads the demo data on first start and sets the demo accounts' password: DEMO_PASSWORD when given,
 * otherwise a fresh one that is printed, so that no fixed password ever works.
 */
export async function prepareDemo(
  db: Db,
  options: { today: IsoDate; demoPassword: string | undefined; people?: number },
) {
  const password = options.demoPassword ?? randomBytes(9).toString('base64url')
  const result = await seedDemo(db, { today: options.today, password, people: options.people })
  if (!result.seeded) {
    await db
      .updateTable('app_user')
      .set({ password_hash: await hashPassword(password) })
      .where('demo', '=', true)
      .execute()
  }
  return { ...result, password, generated: options.demoPassword === undefined }
}
