import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

export interface BenchServer {
  baseUrl: string
  /** The largest resident memory seen since the last call, in MB. */
  takePeakRss(): number
  /** The resident memory now, in MB. */
  rss(): number
  /** Whether the server process is still running. */
  running(): boolean
  stop(): Promise<void>
}

/** Starts the real service (`src/main.ts`) in a process of its own, with the floor mode on, and waits for it. */
export async function startServer(env: Record<string, string>, port: number): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), BENCH_FLOOR: '1', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHealth(baseUrl, child)
  let peak = 0
  const sample = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 200)
  return {
    baseUrl,
    takePeakRss() {
      const seen = Math.max(peak, rssMb(child.pid!))
      peak = 0
      return seen
    },
    rss: () => rssMb(child.pid!),
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      clearInterval(sample)
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Resident set size from /proc (Linux); 0 where there is none. */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Math.round(Number(kb) / 1024) : 0
  } catch {
    return 0
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess) {
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error(`The server stopped with code ${child.exitCode}`)
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 500))
  }
  throw new Error('The server did not answer /health within 5 minutes')
}
