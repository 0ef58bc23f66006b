import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

const BATCH = 5_000

/**
 * Inserts plain rows in batches of thousands, each batch one statement that unpacks a JSON array on the
 * server (`jsonb_to_recordset`): far fewer round trips and parameters than multi-row VALUES, on PostgreSQL
 * and PGlite alike. `columns` maps each column to its SQL type.
 */
export async function bulkInsert(
  tx: Db,
  table: string,
  columns: Record<string, string>,
  rows: readonly object[],
  onBatch: (done: number) => void = () => undefined,
): Promise<number> {
  const names = Object.keys(columns)
  const list = sql.raw(names.join(', '))
  const shape = sql.raw(names.map(name => `${name} ${columns[name]}`).join(', '))
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = JSON.stringify(rows.slice(start, start + BATCH))
    await sql`insert into ${sql.table(table)} (${list})
      select ${list} from jsonb_to_recordset(${batch}::jsonb) as x(${shape})`.execute(tx)
    onBatch(Math.min(rows.length, start + BATCH))
  }
  return rows.length
}
