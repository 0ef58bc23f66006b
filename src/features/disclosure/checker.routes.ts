import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { Checker } from './checker-journey.ts'
import { VIEWS } from './checker-pages.ts'
import { BASE_PATH } from './checker-paths.ts'

/** A checker form: the answers so far, how it was sent and the page's own fields, which the checker reads itself. */
const checkerForm = z.record(z.string(), z.unknown())

/**
 * The public checker at /check-your-record: no sign-in, nothing stored. Every page after the first is the answer
 * to a form, which carries the answers so far; an address typed by hand leads back to the start.
 */
export function checkerRoutes(checker: Checker, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)
  const render = (res: Response, page: { view: string }) => res.render(page.view, page)
  const pathOf = (req: Request) => req.path.slice(BASE_PATH.length)

  pages.get(BASE_PATH, { summary: 'Check when a caution or conviction is spent', public: true }, ({ res }) =>
    render(res, checker.start()),
  )
  pages.get(`${BASE_PATH}/date-of-birth`, { summary: 'The first question of the checker', public: true }, ({ res }) =>
    render(res, checker.firstQuestion()),
  )
  pages.get(`${BASE_PATH}/*rest`, { summary: 'A question asked by its address alone', public: true }, ({ res }) =>
    res.redirect(303, BASE_PATH),
  )
  pages.post(
    `${BASE_PATH}/*rest`,
    {
      summary: 'The next page of the checker, from the answers so far',
      public: true,
      body: checkerForm,
      form: { view: VIEWS.question, context: req => checker.pageOf(pathOf(req), req.body) },
    },
    ({ req, res, body }) => render(res, checker.respond(pathOf(req), body)),
  )
  return router
}
