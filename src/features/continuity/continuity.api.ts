import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { ContinuityService } from './continuity.service.ts'

export function continuityApi(continuity: ContinuityService, registry: ApiRegistry): Router {
  const router = Router()
  router.use(['/people/:id/continuity', '/continuity', '/your-practitioner'], requireSignIn)
  const api = registry.on(router)
  const tag = 'Continuity'

  api.get(
    '/people/:id/continuity',
    { summary: "A person's practitioners over time, the handover notes and their continuity measures", tag },
    async (req, res) => {
      res.json(await continuity.casePage(contextOf(req), param(req, 'id')))
    },
  )

  api.get(
    '/continuity',
    { summary: "The continuity measures of the manager's team, and each person's changes of COM", tag },
    async (req, res) => {
      res.json(await continuity.teamPage(contextOf(req)))
    },
  )

  api.get(
    '/your-practitioner',
    { summary: 'For a person: who their practitioner is, and any change', tag },
    async (req, res) => {
      res.json(await continuity.yourPractitioner(contextOf(req)))
    },
  )

  return router
}
