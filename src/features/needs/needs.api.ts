import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { addActionSchema, completeActionSchema, screeningSchema, updateActionSchema } from './needs.schemas.ts'
import type { NeedsService } from './needs.service.ts'

export function needsApi(needs: NeedsService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/needs', requireSignIn)
  const api = registry.on(router)
  const tag = 'Needs'

  api.get(
    '/people/:id/needs',
    {
      summary: "A person's needs: screening deadlines, the latest answer per pathway, changes since arrival, actions",
      tag,
    },
    async (req, res) => {
      res.json(await needs.summary(contextOf(req), param(req, 'id')))
    },
  )

  api.get(
    '/people/:id/needs/screenings/:kind',
    { summary: 'The screening on arrival (kind: arrival) or the pre-release review (kind: pre-release)', tag },
    async (req, res) => {
      res.json(await needs.screening(contextOf(req), param(req, 'id'), param(req, 'kind')))
    },
  )

  api.put(
    '/people/:id/needs/screenings/:kind',
    {
      summary: 'Record the screening on arrival or the pre-release review (send the version you read to change one)',
      tag,
      body: screeningSchema,
    },
    async (req, res) => {
      const saved = await needs.recordScreening(contextOf(req), param(req, 'id'), param(req, 'kind'), req.body)
      res.status(saved.created ? 201 : 200).json(saved)
    },
  )

  api.post(
    '/people/:id/needs/actions',
    { summary: 'Add an action against a need', tag, body: addActionSchema },
    async (req, res) => {
      res.status(201).json(await needs.addAction(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.put(
    '/people/:id/needs/actions/:actionId',
    { summary: 'Change an action and its progress (send the version you read)', tag, body: updateActionSchema },
    async (req, res) => {
      res.json(await needs.updateAction(contextOf(req), param(req, 'id'), param(req, 'actionId'), req.body))
    },
  )

  api.post(
    '/people/:id/needs/actions/:actionId/done',
    { summary: 'Mark an action done (send the version you read)', tag, body: completeActionSchema },
    async (req, res) => {
      res.json(await needs.completeAction(contextOf(req), param(req, 'id'), param(req, 'actionId'), req.body))
    },
  )

  return router
}
