import { protocol, types, type PGlite } from '@electric-sql/pglite'
import { LONGEST_TEXT, MOST_PER_CONNECTION, statementName } from './prepared-statements.ts'

type Message = { name: string } & Record<string, unknown>
interface Field {
  name: string
  dataTypeID: number
}
export interface Result {
  rows: Record<string, unknown>[]
  affectedRows: number
}

const { serialize } = protocol

/**
 * Runs each parameterised statement on the embedded database as a named prepared statement: parsed once, then
 * bound and executed by name, which lets PostgreSQL keep its plan. PGlite's own `query` parses, describes and plans
 * every statement afresh, and for the short indexed reads behind a page that took two to five times as long as
 * running them (docs/performance.md). The number of statements kept is bounded as on the server; statements past the
 * bound, and long bulk ones, run as PGlite runs them.
 */
export function pglitePreparedStatements(database: PGlite) {
  const prepared = new Map<string, number[]>()

  async function exchange(...messages: Uint8Array[]): Promise<Message[]> {
    const result = await database.execProtocol(concat(messages))
    return result.messages as unknown as Message[]
  }

  async function prepare(name: string, text: string): Promise<number[]> {
    const reply = await exchange(
      serialize.parse({ name, text }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    )
    const parameterTypes = (reply.find(m => m.name === 'parameterDescription')?.dataTypeIDs as number[]) ?? []
    prepared.set(name, parameterTypes)
    return parameterTypes
  }

  async function execute(name: string, parameterTypes: number[], parameters: readonly unknown[]): Promise<Result> {
    const values = parameters.map((value, i) => serializeValue(database, value, parameterTypes[i]!))
    const reply = await exchange(
      serialize.bind({ statement: name, values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    )
    return resultOf(database, reply)
  }

  return {
    /** Runs one statement with its parameters, prepared by name where the bound allows. */
    async query(text: string, parameters: readonly unknown[]): Promise<Result> {
      const name = text.length <= LONGEST_TEXT ? statementName(text) : undefined
      if (!name || (!prepared.has(name) && prepared.size >= MOST_PER_CONNECTION)) {
        const result = await database.query<Record<string, unknown>>(text, parameters as unknown[])
        return { rows: result.rows, affectedRows: result.affectedRows ?? 0 }
      }
      // Described at every run, so that a change of table under a statement shows in its columns.
      return execute(name, prepared.get(name) ?? (await prepare(name, text)), parameters)
    },
  }
}

/** As PGlite's own `query` turns a parameter into text: by the type PostgreSQL inferred for it. */
function serializeValue(database: PGlite, value: unknown, type: number): string | null {
  if (value === null || value === undefined) return null
  const serializer = database.serializers[type]
  return serializer ? serializer(value) : String(value)
}

function resultOf(database: PGlite, reply: Message[]): Result {
  let fields: Field[] = []
  const rows: Record<string, unknown>[] = []
  let affectedRows = 0
  for (const message of reply) {
    if (message.name === 'rowDescription') fields = message.fields as Field[]
    else if (message.name === 'dataRow') rows.push(rowOf(database, fields, message.fields as (string | null)[]))
    else if (message.name === 'commandComplete') affectedRows = affectedOf(message.text as string)
  }
  return { rows, affectedRows }
}

function rowOf(database: PGlite, fields: Field[], values: (string | null)[]) {
  const row: Record<string, unknown> = {}
  fields.forEach((field, i) => {
    const value = values[i] ?? null
    row[field.name] = value === null ? null : types.parseType(value, field.dataTypeID, database.parsers)
  })
  return row
}

/** "INSERT 0 3", "UPDATE 2", "DELETE 1": the last number; a select's row count is not "affected". */
function affectedOf(tag: string): number {
  if (!/^(INSERT|UPDATE|DELETE|MERGE|COPY)\b/.test(tag)) return 0
  return Number(/(\d+)$/.exec(tag)?.[1] ?? 0)
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
