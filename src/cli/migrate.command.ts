import type { Command } from './commands.ts'
import { withDatabase } from './with-database.ts'

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply the database migrations that have not been applied yet',
  help: `Usage: npm run resettle -- migrate

Applies, in order, every versioned SQL file in migrations/ that the database has not had yet.
Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (default ./data).
Safe to run again: it does nothing when the database is up to date.`,
  async run({ config, stdout }) {
    const applied = await withDatabase(config, async (_handle, applied) => applied)
    stdout(applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date.\n')
    return 0
  },
}
