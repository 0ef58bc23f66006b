/**
 * CSV as RFC 4180 writes it (quoted where needed, CRLF between records), made safe to open in a spreadsheet: a cell
 * that starts with a character a spreadsheet reads as a formula is prefixed with an apostrophe (OWASP, "CSV
 * Injection"), so that an exported value never runs as one.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function csvRecord(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`
}
