import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import type { Logger } from '../logging/logger.ts'

const UNUSED_GRACE_MS = 500

export interface ShutdownOptions {
  /** How long requests in flight may take to finish before their connections are cut. */
  graceMs: number
  /** Runs once the server has stopped (or the grace ran out): flush what is buffered, close the database. */
  release: () => Promise<void>
  logger: Pick<Logger, 'info' | 'warn' | 'error'>
  exit?: (code: number) => void
  signals?: readonly NodeJS.Signals[]
}

/**
 * Stops the service cleanly on SIGTERM or SIGINT: the listening socket closes at once (new connections are refused),
 * requests in flight run to their end, each answered with `Connection: close`; connections with no request in flight
 * are closed (kept-alive ones at once, ones opened and never used after half a second, the others as soon as they are
 * idle); then `release` runs (the audit trail's pending entries, the database) and the process exits 0. If requests
 * are still running after the grace period their connections are cut, and the exit code is 1. A second signal while
 * stopping exits at once with 1.
 */
export function gracefulShutdown(
  server: Server,
  options: ShutdownOptions,
): { stop: (reason: string) => Promise<void> } {
  const exit = options.exit ?? (code => process.exit(code))
  let stopping: Promise<void> | undefined
  // Connections that have not yet sent a request: Node's closeIdleConnections leaves them open until they time out.
  const unused = new Set<Socket>()
  server.on('connection', socket => {
    unused.add(socket)
    socket.once('close', () => unused.delete(socket))
  })
  server.on('request', (req, res) => {
    unused.delete(req.socket)
    // A request that reaches a kept-alive connection while stopping is served, and its connection closed after it.
    if (stopping) res.setHeader('Connection', 'close')
  })

  function stop(reason: string): Promise<void> {
    if (stopping) {
      options.logger.warn({ reason }, 'second signal while stopping: exiting now')
      exit(1)
      return stopping
    }
    options.logger.info({ reason, graceMs: options.graceMs }, 'stopping: finishing requests in flight')
    stopping = (async () => {
      // A connection with no request yet gets a moment to send one (its bytes may be on their way), then is closed.
      setTimeout(() => unused.forEach(socket => socket.destroy()), Math.min(UNUSED_GRACE_MS, options.graceMs)).unref()
      const cut = await closeServer(server, options.graceMs)
      if (cut)
        options.logger.warn({ graceMs: options.graceMs }, 'requests still running after the grace period were cut')
      let code = cut ? 1 : 0
      try {
        await options.release()
      } catch (error) {
        options.logger.error({ err: error }, 'releasing resources at shutdown failed')
        code = 1
      }
      options.logger.info({ code }, 'stopped')
      exit(code)
    })()
    return stopping
  }

  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) process.on(signal, () => void stop(signal))
  return { stop }
}

/** Closes the server and resolves when every connection has ended: true if some had to be cut at the grace's end. */
function closeServer(server: Server, graceMs: number): Promise<boolean> {
  return new Promise(resolve => {
    let cut = false
    // Connections left idle by a finished request are closed as they become idle.
    const idle = setInterval(() => server.closeIdleConnections(), 50)
    const grace = setTimeout(() => {
      cut = true
      server.closeAllConnections()
    }, graceMs)
    server.close(() => {
      clearInterval(idle)
      clearTimeout(grace)
      resolve(cut)
    })
    server.closeIdleConnections()
  })
}
