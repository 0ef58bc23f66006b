/** The small part of autocannon (which ships no types) that the benchmark uses. */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  interface Options {
    url: string
    connections: number
    duration: number
    headers?: Record<string, string>
  }
  interface Result {
    requests: { total: number; average: number }
    non2xx: number
    errors: number
    timeouts: number
    duration: number
  }
  interface Instance extends EventEmitter, PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): this
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
