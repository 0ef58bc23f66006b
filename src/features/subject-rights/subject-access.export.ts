import type { SubjectAccessTable } from '../../platform/privacy/subject-access.ts'
import { columnLabel } from './subject-access.wording.ts'

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** One section of what is held: one declared table's rows about the person, in JSON's terms. */
export interface HeldSection {
  table: string
  label: string
  columns: { name: string; label: string }[]
  rows: Record<string, JsonValue>[]
}

/** A value from the database as JSON: instants as ISO strings, files as base64 with their size. */
export function jsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (value instanceof Uint8Array) return { bytes: value.byteLength, base64: Buffer.from(value).toString('base64') }
  if (typeof value === 'bigint') return Number(value)
  if (Array.isArray(value)) return value.map(jsonValue)
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonValue(v)]))
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return String(value)
}

/**
 * A declared table's rows as a section: the columns it may show (never the ones declared secret), in the table's
 * order, and the rows oldest first by the declared column, or `created_at` where there is one.
 */
export function heldSection(declared: SubjectAccessTable, rows: readonly Record<string, unknown>[]): HeldSection {
  const present = rows[0] ? Object.keys(rows[0]) : (declared.only ?? [])
  const names = present.filter(
    name => (!declared.only || declared.only.includes(name)) && !(declared.omit ?? []).includes(name),
  )
  const orderBy = declared.orderBy ?? 'created_at'
  const sorted = [...rows].sort((a, b) => compare(a[orderBy], b[orderBy]))
  return {
    table: declared.table,
    label: declared.label,
    columns: names.map(name => ({ name, label: columnLabel(name, declared.labels) })),
    rows: sorted.map(row => Object.fromEntries(names.map(name => [name, jsonValue(row[name])]))),
  }
}

function compare(a: unknown, b: unknown): number {
  const key = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? '' : String(v))
  return key(a).localeCompare(key(b))
}
