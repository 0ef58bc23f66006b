import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { openDatabase } from './database.ts'

/**
 * Backups of either database. PostgreSQL's are pg_dump's custom format (restorable with pg_restore as well as by
 * `restore`); the embedded database's are PGlite's own dump of its data folder, a gzipped tarball.
 */
export type BackupKind = 'pg_dump' | 'pglite'

export interface Target {
  databaseUrl: string | undefined
  dataDir: string
}

export class BackupError extends Error {}

const PG_DUMP_MAGIC = Buffer.from('PGDMP')
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b])

/** Which kind of backup a file holds, from its first bytes; undefined when it is neither. */
export function backupKindOf(head: Buffer): BackupKind | undefined {
  if (head.subarray(0, PG_DUMP_MAGIC.length).equals(PG_DUMP_MAGIC)) return 'pg_dump'
  if (head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) return 'pglite'
  return undefined
}

/** Writes a backup of the target database to `file`, whole or not at all (it is written aside, then renamed). */
export async function backup(target: Target, file: string): Promise<BackupKind> {
  const partial = `${file}.partial-${process.pid}`
  try {
    return await writeBackup(target, file, partial)
  } finally {
    rmSync(partial, { force: true })
  }
}

async function writeBackup(target: Target, file: string, partial: string): Promise<BackupKind> {
  if (target.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${target.databaseUrl}`])
    renameSync(partial, file)
    return 'pg_dump'
  }
  if (!holdsDatabase(target.dataDir)) throw new BackupError(`There is no embedded database in ${target.dataDir}.`)
  const handle = await openDatabase({ dataDir: target.dataDir })
  try {
    const dump = await handle.dumpDataDir!()
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    renameSync(partial, file)
    return 'pglite'
  } finally {
    await handle.close()
  }
}

/**
 * Restores `file` into the target database. PostgreSQL: in one transaction, replacing what the backup holds.
 * Embedded: into an empty data folder, or, with `replace`, after moving the folder that is there aside (returned),
 * so that nothing is lost.
 */
export async function restore(target: Target, file: string, options: { replace: boolean; now: Date }) {
  if (!existsSync(file)) throw new BackupError(`There is no file ${file}.`)
  const kind = backupKindOf(readFileSync(file).subarray(0, 8))
  if (!kind) throw new BackupError(`${file} is not a Resettle backup (neither pg_dump's custom format nor PGlite's).`)
  if (target.databaseUrl) {
    if (kind !== 'pg_dump') throw new BackupError(`${file} is a backup of the embedded database; DATABASE_URL is set.`)
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${target.databaseUrl}`,
      file,
    ])
    return { kind, setAside: undefined }
  }
  if (kind !== 'pglite') throw new BackupError(`${file} is a PostgreSQL backup; set DATABASE_URL to restore it.`)
  const setAside = holdsDatabase(target.dataDir) ? setAsideFolder(target.dataDir, options) : undefined
  const handle = await openDatabase({ dataDir: target.dataDir, loadDataDir: new Blob([readFileSync(file)]) })
  // A query waits for the loaded cluster to be up (and closing one that is still starting never finishes).
  const up = await handle.ping()
  await handle.close()
  if (!up) throw new BackupError(`${file} could not be opened as a database.`)
  return { kind, setAside }
}

function setAsideFolder(dataDir: string, { replace, now }: { replace: boolean; now: Date }): string {
  if (!replace) {
    throw new BackupError(
      `${dataDir} already holds a database. Run with --replace to move it aside and restore in its place.`,
    )
  }
  const aside = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`
  renameSync(dataDir, aside)
  return aside
}

function holdsDatabase(dataDir: string): boolean {
  return existsSync(dataDir) && readdirSync(dataDir).length > 0
}

/** Runs a PostgreSQL client program; its error output (never the connection string) becomes the error. */
function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', chunk => (errors += String(chunk)))
    child.on('error', error =>
      reject(new BackupError(`Could not run ${program} (${error.message}): install the PostgreSQL client programs.`)),
    )
    child.on('close', code =>
      code === 0 ? resolve() : reject(new BackupError(`${program} failed: ${errors.trim() || `exit ${code}`}`)),
    )
  })
}
