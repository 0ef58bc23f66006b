import autocannon from 'autocannon'

export interface LoadFigures {
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  failures: number
}

/** Percentile of sorted numbers, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * Drives one URL with autocannon (in this process, not the server's) for a fixed time and measures every
 * response's latency itself, since autocannon's summary has no 95th percentile.
 */
export async function drive(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const latencies: number[] = []
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
  })
  instance.on('response', (_client, _status, _bytes, ms) => void latencies.push(ms))
  const result = await instance
  latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    failures: result.non2xx + result.errors + result.timeouts,
  }
}
