import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { ConvictionsService } from './convictions.service.ts'
import { convictionRecordSchema } from './convictions.schemas.ts'

export function convictionsApi(convictions: ConvictionsService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/convictions', requireSignIn)
  const api = registry.on(router)
  const tag = 'Disclosure'

  api.get(
    '/people/:id/convictions',
    { summary: "A person's earlier cautions and convictions, and when each becomes spent", tag },
    async (req, res) => {
      res.json(await convictions.disclosure(contextOf(req), param(req, 'id')))
    },
  )

  api.post(
    '/people/:id/convictions',
    {
      summary: 'Record an earlier caution or conviction (the date of birth is the person’s)',
      tag,
      body: convictionRecordSchema,
    },
    async (req, res) => {
      res.status(201).json(await convictions.add(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.delete(
    '/people/:id/convictions/:recordId',
    { summary: 'Remove a recorded caution or conviction', tag },
    async (req, res) => {
      await convictions.remove(contextOf(req), param(req, 'id'), param(req, 'recordId'))
      res.status(204).end()
    },
  )

  return router
}
