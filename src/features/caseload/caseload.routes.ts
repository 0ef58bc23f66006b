import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { STAGE_LABELS, STAGES } from './caseload.rules.ts'
import { awaitingComQuerySchema, caseloadQuerySchema } from './caseload.schemas.ts'
import type { CaseloadService } from './caseload.service.ts'

export function caseloadRoutes(caseload: CaseloadService): Router {
  const router = Router()
  router.get('/caseload', requireSignIn, async (req, res) => {
    const result = await caseload.caseload(contextOf(req), req.query)
    const stages = STAGES.map(value => ({ value, text: STAGE_LABELS[value] }))
    res.render('caseload/views/caseload.njk', { pageTitle: 'Caseload', activeSection: 'caseload', stages, ...result })
  })
  router.get('/caseload/awaiting-com', requireSignIn, async (req, res) => {
    const result = await caseload.awaitingCom(contextOf(req), req.query)
    res.render('caseload/views/awaiting-com.njk', {
      pageTitle: 'Waiting for a COM',
      activeSection: 'caseload',
      ...result,
    })
  })
  return router
}

export function caseloadApi(caseload: CaseloadService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/caseload', requireSignIn)
  registry.on(router).get(
    '/caseload',
    {
      summary: 'Your caseload (a manager: the team) with stages and deadlines',
      tag: 'Caseload',
      query: caseloadQuerySchema,
    },
    async (req, res) => {
      res.json(await caseload.caseload(contextOf(req), req.query))
    },
  )
  registry.on(router).get(
    '/caseload/awaiting-com',
    {
      summary: "For a manager: people of the team's PDU with no COM whose handover is near or past",
      tag: 'Caseload',
      query: awaitingComQuerySchema,
    },
    async (req, res) => {
      res.json(await caseload.awaitingCom(contextOf(req), req.query))
    },
  )
  return router
}
