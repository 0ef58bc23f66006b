import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { hashPassword } from '../platform/auth/password.ts'
import { todayInLondon } from '../platform/dates/calendar-date.ts'
import { GENERATOR_PARTS } from '../features.ts'
import { NAMED_ACCOUNTS } from '../features/organisation/index.ts'
import { generate } from '../platform/sample-data/generate.ts'
import { SCALES, profileFor, type ScaleName } from '../platform/sample-data/scale-profile.ts'
import type { Command } from './commands.ts'
import { auditKeyOf } from '../platform/audit/audit-chain.ts'
import { withDatabase } from './with-database.ts'

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Fill an empty database with a synthetic organisation at PDU or national scale (never in production)',
  help: `Usage: npm run resettle -- generate --scale pdu|national
       npm run resettle -- generate --people N

Fills an empty database with fictional, plausible records for benchmarks: regions, PDUs, teams, prisons,
staff, people with custody episodes at every stage and their derived key dates, allocations and changes of
COM, handover meetings and contacts, release readiness, needs screenings and actions, and an audit trail
of about 48 entries a person, chained as the database chains them. One transaction: all or nothing.
Refuses a database that already holds an organisation.

  --scale pdu        ${SCALES.pdu.toLocaleString('en-GB')} people, 10 teams, one PDU (PGlite or PostgreSQL)
  --scale national   ${SCALES.national.toLocaleString('en-GB')} people, 12 regions, about 100 PDUs, 1,000 teams, 11,000 staff,
                     120 prisons and 12 million audit entries (PostgreSQL: a few minutes on 2 cores)
  --people N         any number of people from 100 to 1,000,000, the rest in proportion

Sign in as ${NAMED_ACCOUNTS.join(', ')} with DEMO_PASSWORD (or the password printed).
Use a database of its own, for example:
  createdb resettle_bench && DATABASE_URL=postgres://postgres@127.0.0.1:5432/resettle_bench \\
    npm run resettle -- generate --scale national`,
  async run({ args, config, stdout, stderr }) {
    if (!config.demoData) {
      stderr('Synthetic data is never generated in production (NODE_ENV=production).\n')
      return 1
    }
    const { values } = parseArgs({ args, options: { scale: { type: 'string' }, people: { type: 'string' } } })
    const people = peopleFrom(values.scale, values.people)
    if (typeof people === 'string') {
      stderr(`${people}\n`)
      return 1
    }
    const password = config.demoPassword ?? randomBytes(9).toString('base64url')
    const passwordHash = await hashPassword(password)
    const result = await withDatabase(config, async handle => {
      const outcome = await generate(handle.db, {
        profile: profileFor(people),
        today: todayInLondon(),
        passwordHash,
        auditKey: auditKeyOf(config.audit),
        parts: GENERATOR_PARTS,
        report: line => stdout(`${line}\n`),
      })
      // Fresh statistics, so that the first queries are planned on the real sizes.
      if (outcome.generated) await sql`analyze`.execute(handle.db)
      return outcome
    })
    if (!result.generated) {
      stderr('The database already holds an organisation: generate into an empty database.\n')
      return 1
    }
    stdout(`Generated ${people.toLocaleString('en-GB')} people in ${result.seconds} s.\n`)
    stdout(`Sign in as ${NAMED_ACCOUNTS.join(', ')}. Password: ${password}\n`)
    return 0
  },
}

function peopleFrom(scale: string | undefined, people: string | undefined): number | string {
  if (scale !== undefined && people !== undefined) return 'Give either --scale or --people, not both'
  if (people !== undefined) {
    const n = Number(people)
    return Number.isInteger(n) && n >= 100 && n <= 1_000_000 ? n : '--people must be a whole number from 100 to 1000000'
  }
  if (scale === undefined) return 'Give --scale pdu, --scale national or --people N (see --help)'
  return scale in SCALES ? SCALES[scale as ScaleName] : '--scale must be pdu or national'
}
