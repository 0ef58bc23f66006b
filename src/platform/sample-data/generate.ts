import type { IsoDate } from '../dates/calendar-date.ts'
import type { Db } from '../db/database.ts'
import { seededRandom } from './random.ts'
import type { GeneratorPart } from './generator-part.ts'
import type { ScaleProfile } from './scale-profile.ts'

export interface GenerateOptions {
  profile: ScaleProfile
  today: IsoDate
  passwordHash: string
  /** The audit chain's key, so that generated entries are keyed as the service keys them. */
  auditKey: Buffer
  parts: GeneratorPart[]
  /** One line per step and progress within long steps. */
  report: (line: string) => void
}

export type GenerateResult = { generated: false } | { generated: true; rows: Record<string, number>; seconds: number }

/**
 * Fills an empty database with a whole synthetic organisation in one transaction: all of it or nothing.
 * Refuses a database that already holds an organisation, so it never mixes with real or demo records.
 */
export async function generate(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now()
  const random = seededRandom(20_261_124)
  return db.transaction().execute(async tx => {
    if (await tx.selectFrom('region').select('id').limit(1).executeTakeFirst()) return { generated: false }
    const rows: Record<string, number> = {}
    for (const part of options.parts) {
      const partStarted = performance.now()
      let lastReport = 0
      const progress = (done: number, total: number) => {
        if (performance.now() - lastReport < 2000 && done < total) return
        lastReport = performance.now()
        options.report(`  ${part.name}: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`)
      }
      rows[part.name] = await part.run({
        tx,
        profile: options.profile,
        today: options.today,
        random,
        passwordHash: options.passwordHash,
        auditKey: options.auditKey,
        progress,
      })
      options.report(`${part.name}: ${rows[part.name]!.toLocaleString('en-GB')} rows in ${seconds(partStarted)} s`)
    }
    return { generated: true, rows, seconds: Number(seconds(started)) }
  })
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)
