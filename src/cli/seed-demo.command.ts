import { parseArgs } from 'node:util'
import { todayInLondon } from '../platform/dates/calendar-date.ts'
import { DEMO_SEEDERS } from '../features.ts'
import { DEMO_ACCOUNTS, prepareDemo } from '../platform/sample-data/demo.ts'
import type { Command } from './commands.ts'
import { withDatabase } from './with-database.ts'

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Load the fictional demo organisation, staff and people (never in production)',
  help: `Usage: npm run resettle -- seed-demo [--people N]

Loads two regions, four PDUs, six teams, two prisons, three partner organisations, about thirty staff
and about three hundred fictional people at every stage, with one account per role
(${DEMO_ACCOUNTS.join(', ')}). Does nothing if the database already holds an organisation.
The demo accounts' password is DEMO_PASSWORD, or a new one printed by this command.

Options:
  --people N   how many people to create (default 300)`,
  async run({ args, config, stdout, stderr }) {
    if (!config.demoData) {
      stderr('Demo data is never loaded in production (NODE_ENV=production).\n')
      return 1
    }
    const { values } = parseArgs({ args, options: { people: { type: 'string' } } })
    const people = values.people === undefined ? undefined : Number(values.people)
    if (people !== undefined && (!Number.isInteger(people) || people < 6 || people > 100_000)) {
      stderr('--people must be a whole number from 6 to 100000\n')
      return 1
    }
    const result = await withDatabase(config, handle =>
      prepareDemo(handle.db, DEMO_SEEDERS, { today: todayInLondon(), demoPassword: config.demoPassword, people }),
    )
    stdout(
      result.seeded
        ? `Loaded ${result.people} people and ${result.staff} accounts.\n`
        : 'Demo data was already loaded.\n',
    )
    stdout(`Demo accounts: ${DEMO_ACCOUNTS.join(', ')}. Password: ${result.password}\n`)
    return 0
  },
}
