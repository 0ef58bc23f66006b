import type { Express, NextFunction, Request, Response } from 'express'

type Captured = { kind: 'render'; view: string; locals: Record<string, unknown> } | { kind: 'json'; body: unknown }

/** The request header that asks the server to keep what it renders for this request, under the header's value. */
export const CAPTURE_HEADER = 'x-bench-capture'
export const FLOOR_PATH = '/bench-floor'

/**
 * Benchmark only (BENCH_FLOOR=1, which the configuration refuses in production). A real request sent with the
 * capture header has its view and data (or its JSON body) kept in memory; `GET /bench-floor/<name>` then renders
 * the same template with the same data, or serialises the same JSON, on the same server but before any session,
 * database or audit work. The benchmark's "floor" for a route is how fast this answers under the same load.
 */
export function mountBenchFloor(app: Express): (app: Express) => void {
  const captured = new Map<string, Captured>()

  app.get(`${FLOOR_PATH}/:name`, (req: Request, res: Response) => {
    const kept = captured.get(String(req.params.name))
    if (!kept) return void res.status(404).json({ error: 'nothing captured under that name' })
    // The fresh CSP nonce of this response wins over the one captured.
    if (kept.kind === 'render') res.render(kept.view, { ...kept.locals, ...res.locals })
    else res.json(kept.body)
  })

  /** Mounted after the session middleware and before the features, so that it sees what the routes render. */
  return (featuresApp: Express) =>
    void featuresApp.use((req: Request, res: Response, next: NextFunction) => {
      const name = req.get(CAPTURE_HEADER)
      if (!name) return next()
      const render = res.render.bind(res)
      const json = res.json.bind(res)
      res.render = ((view: string, options?: object) => {
        captured.set(name, { kind: 'render', view, locals: { ...res.locals, ...options } })
        render(view, options)
      }) as Response['render']
      res.json = (body: unknown) => {
        captured.set(name, { kind: 'json', body })
        return json(body)
      }
      next()
    })
}
