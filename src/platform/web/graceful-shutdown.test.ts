import assert from 'node:assert/strict'
import { createServer, request, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { describe, it } from 'node:test'
import { gracefulShutdown } from './graceful-shutdown.ts'

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

/** A server whose /slow answers only when the test says so. */
async function serve() {
  const waiting: (() => void)[] = []
  const server: Server = createServer((req, res) => {
    if (req.url === '/slow') waiting.push(() => res.end('done'))
    else res.end('fast')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const get = (path: string) =>
    new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, agent: false }, res => {
        let body = ''
        res.on('data', chunk => void (body += String(chunk)))
        res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }))
      })
        .on('error', reject)
        .end()
    })
  const answerSlow = () => waiting.splice(0).forEach(answer => answer())
  const inFlight = () => waiting.length
  return { server, port, get, answerSlow, inFlight }
}

function connectOutcome(port: number) {
  return new Promise<string>(resolve => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve('connected')
    })
    socket.once('error', error => resolve((error as NodeJS.ErrnoException).code ?? 'error'))
  })
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise(resolve => setTimeout(resolve, 5))
}

describe('graceful shutdown', () => {
  it('refuses new connections, lets the request in flight finish, releases, then exits 0', async () => {
    const { server, port, get, answerSlow, inFlight } = await serve()
    const steps: string[] = []
    const { stop } = gracefulShutdown(server, {
      graceMs: 5000,
      logger: quiet,
      signals: [],
      release: async () => void steps.push('released'),
      exit: code => void steps.push(`exit ${code}`),
    })
    const slow = get('/slow')
    await until(() => inFlight() === 1)
    const unused = connect(port, '127.0.0.1')
    await new Promise(resolve => unused.once('connect', resolve))
    const unusedClosed = new Promise(resolve => unused.once('close', resolve))

    const stopped = stop('SIGTERM')
    assert.equal(await connectOutcome(port), 'ECONNREFUSED')
    await unusedClosed
    assert.deepEqual(steps, [], 'nothing is released while a request is in flight')
    answerSlow()
    assert.deepEqual(await slow, { status: 200, body: 'done', connection: 'close' })
    await stopped
    assert.deepEqual(steps, ['released', 'exit 0'])
  })

  it('cuts requests still running when the grace period ends, releases, and exits 1', async () => {
    const { server, get, inFlight } = await serve()
    const steps: string[] = []
    const { stop } = gracefulShutdown(server, {
      graceMs: 50,
      logger: quiet,
      signals: [],
      release: async () => void steps.push('released'),
      exit: code => void steps.push(`exit ${code}`),
    })
    const slow = get('/slow').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    )
    await until(() => inFlight() === 1)
    await stop('SIGTERM')
    assert.equal(await slow, 'ECONNRESET')
    assert.deepEqual(steps, ['released', 'exit 1'])
  })

  it('exits 1 when releasing fails, and at once on a second signal', async () => {
    const { server } = await serve()
    const exits: number[] = []
    const { stop } = gracefulShutdown(server, {
      graceMs: 1000,
      logger: quiet,
      signals: [],
      release: () => Promise.reject(new Error('the database would not close')),
      exit: code => void exits.push(code),
    })
    const first = stop('SIGTERM')
    void stop('SIGINT')
    assert.deepEqual(exits, [1], 'the second signal exits at once')
    await first
    assert.deepEqual(exits, [1, 1])
  })
})
