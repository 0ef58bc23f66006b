import { backup, BackupError } from '../platform/db/backup.ts'
import type { Command } from './commands.ts'

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write a backup of the whole database to a file',
  help: `Usage: npm run resettle -- backup FILE

With DATABASE_URL set, runs pg_dump in its custom format (restore it with "restore FILE" or with pg_restore).
Otherwise dumps the embedded database in DATA_DIR (default ./data) as PGlite's gzipped tarball: stop the
service first, since the embedded database serves one process at a time.
The file is written aside and renamed when whole, so a failed backup never leaves a partial FILE.
Exits 0 when written, 1 when it could not be, 2 when FILE is missing.`,
  async run({ args, config, stdout, stderr }) {
    const [file, ...rest] = args
    if (!file || rest.length) {
      stderr('Give one FILE to write the backup to: npm run resettle -- backup FILE\n')
      return 2
    }
    try {
      const kind = await backup(config, file)
      stdout(
        `Backed up the ${kind === 'pg_dump' ? 'PostgreSQL database (pg_dump custom format)' : 'embedded database'} to ${file}.\n`,
      )
      return 0
    } catch (error) {
      if (!(error instanceof BackupError)) throw error
      stderr(`${error.message}\n`)
      return 1
    }
  },
}
