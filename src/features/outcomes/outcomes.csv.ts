import type { MeasureBreakdown } from './outcomes.dashboard.ts'
import type { Dimension } from './outcomes.groups.ts'

const HEADER = [
  'characteristic',
  'group',
  'measure',
  'numerator',
  'denominator',
  'percent',
  'ci_95_low',
  'ci_95_high',
  'gap_points_vs_rest',
  'gap_highlighted',
  'national_percent',
]

/** Quotes a field that needs it (RFC 4180); a leading =, +, - or @ is neutralised so a spreadsheet shows it as text. */
function field(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Every breakdown as one CSV: the hidden figures are the word "suppressed", never a number. */
export function outcomesCsv(breakdowns: readonly { dimension: Dimension; measures: readonly MeasureBreakdown[] }[]) {
  const lines = [HEADER.join(',')]
  for (const { dimension, measures } of breakdowns) {
    for (const m of measures) {
      const national = m.national?.percent ?? null
      const rows = [{ label: 'All', figure: m.total, gap: null, highlighted: false }, ...m.groups]
      for (const g of rows) {
        const f = g.figure
        const figures = f
          ? [f.numerator, f.denominator, f.percent, f.low, f.high, g.gap, g.highlighted]
          : ['suppressed', 'suppressed', 'suppressed', 'suppressed', 'suppressed', 'suppressed', false]
        lines.push([dimension.label, g.label, m.label, ...figures, national].map(field).join(','))
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`
}
