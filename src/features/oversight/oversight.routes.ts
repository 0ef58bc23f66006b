import { Router, type Request } from 'express'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { pageQuery, signOffSchema, subjectQuery } from './oversight.schemas.ts'
import type { OversightService } from './oversight.service.ts'

const SIGN_OFF_FORM = 'oversight/views/sign-off.njk'
const LIMITS = maxLengths(signOffSchema)
const MANAGER = ['manager'] as const

/** The manager's queue in full, the sign-off form and the history of sign-offs. The home page shows its first page. */
export function oversightRoutes(oversight: OversightService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)

  pages.get(
    '/oversight',
    { summary: "The manager's queue", query: pageQuery, roles: MANAGER },
    async ({ ctx, query, res }) => {
      const queue = await oversight.queue(ctx, query)
      res.render('oversight/views/queue-page.njk', { pageTitle: "Your team's queue", backLink: '/', queue })
    },
  )

  const page = { pageTitle: 'Sign off an item', backLink: '/', limits: LIMITS }
  // A refused sign-off shows its problems on the form, or says the item no longer waits.
  const formAgain = async (req: Request) => {
    const subject = subjectQuery.safeParse(req.body)
    return { ...page, ...(await oversight.signOffFormAgain(contextOf(req), subject.success ? subject.data : null)) }
  }

  pages.get(
    '/oversight/sign-off',
    { summary: 'Sign off an item of the queue', query: subjectQuery, roles: MANAGER },
    async ({ ctx, query, res }) => {
      res.render(SIGN_OFF_FORM, { ...page, ...(await oversight.signOffForm(ctx, query)), values: {} })
    },
  )

  pages.post(
    '/oversight/sign-off',
    {
      summary: 'Sign off an item of the queue',
      body: signOffSchema,
      roles: MANAGER,
      form: { view: SIGN_OFF_FORM, context: formAgain },
    },
    async ({ ctx, body, res }) => {
      await oversight.signOff(ctx, body)
      redirectSaved(res, '/', 'Item signed off')
    },
  )

  pages.get(
    '/oversight/history',
    { summary: 'Items signed off in your team', query: pageQuery, roles: MANAGER },
    async ({ ctx, query, res }) => {
      const history = await oversight.history(ctx, query)
      res.render('oversight/views/history.njk', { pageTitle: 'Items signed off', backLink: '/', ...history })
    },
  )

  return router
}
