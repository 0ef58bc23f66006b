export interface BenchResult {
  route: string
  scale: string
  db: 'postgres' | 'pglite'
  connections: number
  requests: number
  p50_ms: number
  p95_ms: number
  p99_ms: number
  rps: number
  floor_p95_ms: number
  floor_rps: number
  rss_mb: number
}

const COLUMNS: [keyof BenchResult, string][] = [
  ['route', 'route'],
  ['requests', 'requests'],
  ['rps', 'req/s'],
  ['p50_ms', 'p50 ms'],
  ['p95_ms', 'p95 ms'],
  ['p99_ms', 'p99 ms'],
  ['floor_rps', 'floor req/s'],
  ['floor_p95_ms', 'floor p95 ms'],
  ['rss_mb', 'RSS MB'],
]

/** The results as a plain-text table, with the ratio of each route's p95 to its floor's. */
export function table(results: BenchResult[]): string {
  const rows = results.map(r => [
    ...COLUMNS.map(([key]) => String(r[key])),
    r.floor_p95_ms ? `${(r.p95_ms / r.floor_p95_ms).toFixed(1)}×` : '–',
  ])
  const header = [...COLUMNS.map(([, title]) => title), 'p95/floor']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(row => row[i]!.length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
