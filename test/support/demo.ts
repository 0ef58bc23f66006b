import { DEMO_SEEDERS } from '../../src/features.ts'
import type { Db } from '../../src/platform/db/database.ts'
import { seedDemo, type DemoOptions } from '../../src/platform/sample-data/demo.ts'

/** The demo data exactly as `npm start` loads it: every feature's seeder in the order of the feature list. */
export function loadDemo(db: Db, options: DemoOptions) {
  return seedDemo(db, DEMO_SEEDERS, options)
}
