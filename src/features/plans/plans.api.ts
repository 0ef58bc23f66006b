import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { SECTIONS } from './plan-content.ts'
import { SECTION_NAMES } from './plan-wording.ts'
import { agreementSchema, ITEM_SCHEMAS, removeSchema, stepStatusSchema } from './plans.schemas.ts'
import type { PlansService } from './plans.service.ts'

/**
 * The plan through JSON: the same operations as the pages. Every change sends the plan revision it read; a
 * change over a later revision answers 409, and the client reads the plan again.
 */
export function plansApi(plans: PlansService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/plan', requireSignIn)
  const api = registry.on(router)
  const tag = 'Resettlement plans'

  api.get(
    '/people/:id/plan',
    { summary: 'The plan: goals and steps, strengths, risk controls, supporters, warnings and agreement', tag },
    async (req, res) => {
      res.json(await plans.plan(contextOf(req), param(req, 'id')))
    },
  )

  api.get(
    '/people/:id/plan/history',
    { summary: 'Every version, what changed and who changed it, and the person’s answers', tag },
    async (req, res) => {
      res.json(await plans.history(contextOf(req), param(req, 'id')))
    },
  )

  api.post(
    '/people/:id/plan/agreements',
    { summary: 'The person’s answer to the current version (send the version read)', tag, body: agreementSchema },
    async (req, res) => {
      res.status(201).json(await plans.recordAgreement(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.put(
    '/people/:id/plan/steps/:itemId/status',
    { summary: 'Marks a step’s progress (the person may mark their own steps)', tag, body: stepStatusSchema },
    async (req, res) => {
      res.json(await plans.setStepStatus(contextOf(req), param(req, 'id'), param(req, 'itemId'), req.body))
    },
  )

  // One operation per section, so that the document shows each section's own fields.
  for (const section of SECTIONS) {
    const name = SECTION_NAMES[section].one.toLowerCase()
    api.post(
      `/people/:id/plan/${section}`,
      { summary: `Adds a ${name} (the person adds goals in their own words)`, tag, body: ITEM_SCHEMAS[section] },
      async (req, res) => {
        res.status(201).json(await plans.saveItem(contextOf(req), param(req, 'id'), section, undefined, req.body))
      },
    )
    api.put(
      `/people/:id/plan/${section}/:itemId`,
      { summary: `Changes a ${name}`, tag, body: ITEM_SCHEMAS[section] },
      async (req, res) => {
        res.json(await plans.saveItem(contextOf(req), param(req, 'id'), section, param(req, 'itemId'), req.body))
      },
    )
    api.delete(
      `/people/:id/plan/${section}/:itemId`,
      { summary: `Removes a ${name}`, tag, body: removeSchema },
      async (req, res) => {
        res.json(await plans.removeItem(contextOf(req), param(req, 'id'), section, param(req, 'itemId'), req.body))
      },
    )
  }

  return router
}
