import { Router, type Request, type Response } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import type { Checker } from './checker-journey.ts'
import { VIEWS } from './checker-pages.ts'
import { BASE_PATH } from './checker-paths.ts'

/**
 * The public checker at /check-your-record: no sign-in, nothing stored. Every page after the first is the answer
 * to a form, which carries the answers so far; an address typed by hand leads back to the start.
 */
export function checkerRoutes(checker: Checker): Router {
  const router = Router()
  const render = (res: Response, page: { view: string }) => res.render(page.view, page)
  const pathOf = (req: Request) => req.path.slice(BASE_PATH.length)

  router.get(BASE_PATH, (_req, res) => render(res, checker.start()))
  router.get(`${BASE_PATH}/date-of-birth`, (_req, res) => render(res, checker.firstQuestion()))
  router.get(`${BASE_PATH}/*rest`, (_req, res) => res.redirect(303, BASE_PATH))
  router.post(
    `${BASE_PATH}/*rest`,
    onInvalidRender(VIEWS.question, req => checker.pageOf(pathOf(req), req.body)),
    (req, res) => render(res, checker.respond(pathOf(req), req.body)),
  )
  return router
}
