import { sql } from 'kysely'
import { runCli } from '../src/cli/run-cli.ts'
import { openDatabase } from '../src/platform/db/database.ts'
import { migrate } from '../src/platform/db/migrate.ts'

export interface Target {
  databaseUrl: string | undefined
  dataDir: string
  scale: 'pdu' | 'national'
  password: string
}

/**
 * Makes sure the benchmark database holds generated data: generates it on first use (national scale on
 * PostgreSQL, PDU scale on PGlite) and says how many people it holds.
 */
export async function prepareData(target: Target, say: (line: string) => void): Promise<number> {
  let people = await countPeople(target)
  if (people === 0) {
    say(`Generating ${target.scale}-scale data (once; later runs reuse it)…`)
    const env = {
      ...process.env,
      DATABASE_URL: target.databaseUrl ?? '',
      DATA_DIR: target.dataDir,
      DEMO_PASSWORD: target.password,
    }
    const code = await runCli(['generate', '--scale', target.scale], {
      stdout: text => say(text.trimEnd()),
      stderr: text => process.stderr.write(text),
      readStdin: async () => '',
      env,
    })
    if (code !== 0) throw new Error('Generating the benchmark data failed')
    people = await countPeople(target)
  }
  return people
}

async function countPeople(target: Target): Promise<number> {
  const handle = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, poolSize: 1 })
  try {
    await migrate(handle)
    const { rows } = await sql<{ n: number }>`select count(*) as n from person`.execute(handle.db)
    return Number(rows[0]!.n)
  } finally {
    await handle.close()
  }
}
