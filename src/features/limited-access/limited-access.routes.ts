import { Router, type Request } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { LimitedAccessService } from './limited-access.service.ts'
import { limitedAccessEntrySchema } from './limited-access.schemas.ts'

export function limitedAccessRoutes(service: LimitedAccessService): Router {
  const router = Router()
  router.use('/people/:id/limited-access', requireSignIn)
  const page = async (req: Request) => ({
    pageTitle: 'Limited access',
    activeSection: 'people',
    ...(await service.list(contextOf(req), param(req, 'id'))),
    backLink: `/people/${param(req, 'id')}`,
  })

  router.get('/people/:id/limited-access', async (req, res) => {
    res.render('limited-access/views/limited-access.njk', { ...(await page(req)), values: { kind: 'exclusion' } })
  })

  router.post(
    '/people/:id/limited-access',
    onInvalidRender('limited-access/views/limited-access.njk', page),
    async (req, res) => {
      await service.add(contextOf(req), param(req, 'id'), req.body)
      res.redirect(303, `/people/${param(req, 'id')}/limited-access`)
    },
  )

  router.post('/people/:id/limited-access/:entryId/end', async (req, res) => {
    await service.end(contextOf(req), param(req, 'id'), param(req, 'entryId'))
    res.redirect(303, `/people/${param(req, 'id')}/limited-access`)
  })
  return router
}

export function limitedAccessApi(service: LimitedAccessService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/limited-access', requireSignIn)
  const api = registry.on(router)
  const tag = 'Limited access'
  api.get(
    '/people/:id/limited-access',
    { summary: "A person's exclusion and restriction lists (managers)", tag },
    async (req, res) => {
      res.json(await service.list(contextOf(req), param(req, 'id')))
    },
  )
  api.post(
    '/people/:id/limited-access',
    { summary: 'Exclude a member of staff, or restrict the case to them', tag, body: limitedAccessEntrySchema },
    async (req, res) => {
      res.status(201).json(await service.add(contextOf(req), param(req, 'id'), req.body))
    },
  )
  api.post('/people/:id/limited-access/:entryId/end', { summary: 'End an entry from today', tag }, async (req, res) => {
    await service.end(contextOf(req), param(req, 'id'), param(req, 'entryId'))
    res.status(204).end()
  })
  return router
}
